using Iom.SharedKernel.Data;
using FluentValidation;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Appeals;

/// <summary>A requirement line of a new appeal.</summary>
/// <param name="Code">The line's code, unique in the appeal.</param>
/// <param name="Objective">The objective it serves (SO1).</param>
/// <param name="Region">The region it covers.</param>
/// <param name="Country">The country it covers (ISO 3166-1 alpha-2).</param>
/// <param name="Amount">Its requirement.</param>
internal sealed record NewAppealLine(string? Code, string? Objective, string? Region, string? Country, decimal Amount);

/// <summary>Draft an appeal with its requirement lines.</summary>
/// <param name="Code">Its code, unique: capital letters, digits and hyphens.</param>
/// <param name="Type">What kind of appeal it is.</param>
/// <param name="Year">Its year.</param>
/// <param name="Title">Title per language.</param>
/// <param name="PeriodStart">First day it covers.</param>
/// <param name="PeriodEnd">Last day it covers.</param>
/// <param name="Currency">The currency of its requirements (ISO 4217).</param>
/// <param name="Lines">Its requirement lines.</param>
internal sealed record CreateAppealCommand(
    string? Code, AppealType? Type, int Year, LocalizedText? Title, DateOnly PeriodStart, DateOnly PeriodEnd, string? Currency, IReadOnlyList<NewAppealLine>? Lines)
    : ICommand<AppealDetails>;

internal sealed class NewAppealLineValidator : AbstractValidator<NewAppealLine>
{
    public NewAppealLineValidator()
    {
        RuleFor(l => l.Code).NotEmpty().MaximumLength(40).Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").WithMessage("Use letters, digits, '.', '_' and '-'.");
        RuleFor(l => l.Objective).NotEmpty().MaximumLength(40);
        RuleFor(l => l.Region).MaximumLength(40);
        RuleFor(l => l.Country).Matches("^[A-Z]{2}$").WithMessage("Use an ISO 3166-1 alpha-2 code, such as KE.");
        RuleFor(l => l.Amount).Amount();
    }
}

internal sealed class CreateAppealCommandValidator : AbstractValidator<CreateAppealCommand>
{
    public CreateAppealCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage("Use capital letters, digits and hyphens.");
        RuleFor(c => c.Type).NotNull().IsInEnum();
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Title).LocalizedText(required: true);
        RuleFor(c => c.PeriodStart).NotEmpty();
        RuleFor(c => c.PeriodEnd).GreaterThanOrEqualTo(c => c.PeriodStart).WithMessage("The period cannot end before it starts.");
        RuleFor(c => c.Currency).NotEmpty().Currency();
        RuleFor(c => c.Lines).NotEmpty().MaximumItems(1000);
        RuleForEach(c => c.Lines).NotNull().SetValidator(new NewAppealLineValidator());
        RuleFor(c => c.Lines).Must(l => l is null || l.Select(x => x?.Code).Distinct().Count() == l.Count).WithMessage("Line codes are unique within an appeal.");
    }
}

/// <summary>Appeals by year, then code.</summary>
/// <param name="Year">Only this year's appeals.</param>
/// <param name="Type">Only this type.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListAppealsQuery(int? Year, [property: QueryEnum(typeof(AppealType))] string? Type, int? Limit, string? Cursor) : IQuery<Page<AppealDetails>>;

internal sealed class ListAppealsQueryValidator : AbstractValidator<ListAppealsQuery>
{
    public ListAppealsQueryValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Type).EnumName<ListAppealsQuery, AppealType>();
    }
}

internal sealed record GetAppealQuery(Guid Id) : IQuery<AppealDetails>;

/// <summary>A revised requirement.</summary>
/// <param name="Code">The line's code.</param>
/// <param name="Amount">Its revised requirement.</param>
internal sealed record LineRevision(string? Code, decimal Amount);

/// <summary>Revise requirement lines of a published appeal.</summary>
/// <param name="Lines">The lines revised, by code.</param>
[ValidatedAs(typeof(ChangeAppealStatusCommand))]
internal sealed record ReviseAppealRequest(IReadOnlyList<LineRevision>? Lines);

/// <summary>Publish, revise (with new requirements) or close an appeal.</summary>
internal sealed record ChangeAppealStatusCommand(Guid Id, string Action, IReadOnlyList<LineRevision>? Lines, int? ExpectedVersion) : ICommand<AppealDetails>;

internal sealed class ChangeAppealStatusCommandValidator : AbstractValidator<ChangeAppealStatusCommand>
{
    public ChangeAppealStatusCommandValidator()
    {
        RuleFor(c => c.Lines).NotEmpty().MaximumItems(1000).When(c => c.Action == "revise");
        RuleForEach(c => c.Lines).ChildRules(l =>
        {
            l.RuleFor(x => x.Code).NotEmpty().MaximumLength(40);
            l.RuleFor(x => x.Amount).Amount();
        });
    }
}

internal sealed class CreateAppealCommandHandler(WriteSession write) : ICommandHandler<CreateAppealCommand, AppealDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM donor_relations.appeals WHERE code = @Code";
    private const string InsertSql = """
        INSERT INTO donor_relations.appeals (id, code, type, year, title_en, title_fr, title_es, period_start, period_end, currency, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Code, @Type, @Year, @TitleEn, @TitleFr, @TitleEs, @PeriodStart, @PeriodEnd, @Currency, @Status, 1, @Now, @By, @Now, @By)
        """;

    private const string InsertLineSql = """
        INSERT INTO donor_relations.appeal_lines (id, appeal_id, code, objective, region, country, original_amount, revised_amount)
        VALUES (@Id, @AppealId, @Code, @Objective, @Region, @Country, @Amount, NULL)
        """;

    public async ValueTask<AppealDetails> Handle(CreateAppealCommand command, CancellationToken cancellationToken)
    {
        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Code }, cancellationToken) > 0)
        {
            throw new DuplicateException("appeal", "code", command.Code!);
        }

        var id = Guid.CreateVersion7();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.Code, Type = command.Type!.Value.ToText(), command.Year, TitleEn = command.Title!.En, TitleFr = command.Title.Fr, TitleEs = command.Title.Es,
            command.PeriodStart, command.PeriodEnd, command.Currency, Status = AppealStatus.Draft.ToText(), write.Now, write.By,
        }, cancellationToken);
        foreach (var line in command.Lines!)
        {
            await write.ExecuteAsync(InsertLineSql, new { Id = Guid.CreateVersion7(), AppealId = id, line.Code, line.Objective, line.Region, line.Country, line.Amount }, cancellationToken);
        }

        var appeal = await AppealRow.ReadAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Appeal, id, "create", null, appeal, cancellationToken);
        return appeal;
    }
}

internal sealed class ListAppealsQueryHandler(DonorRelationsDatabase db) : IQueryHandler<ListAppealsQuery, Page<AppealDetails>>
{
    private static readonly KeysetList<AppealRow> List = new("a.id", r => r.Id, "code", new SortableField<AppealRow>("code", "a.code", KeyKind.Text, r => r.Code));

    public async ValueTask<Page<AppealDetails>> Handle(ListAppealsQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .WhereIf(query.Year is not null, "a.year = @Year", new { query.Year })
            .WhereIf(query.Type is not null, "a.type = @Type", new { query.Type });
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, AppealRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        var lines = await AppealRow.LinesAsync(read, page.Items.Select(a => a.Id).ToList(), cancellationToken);
        return page.Select(a => a.ToResponse(lines[a.Id].ToList()));
    }
}

internal sealed class GetAppealQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetAppealQuery, AppealDetails>
{
    public async ValueTask<AppealDetails> Handle(GetAppealQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await AppealRow.ReadAsync(read, query.Id, cancellationToken);
    }
}

internal sealed class ChangeAppealStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangeAppealStatusCommand, AppealDetails>
{
    private const string UpdateSql = "UPDATE donor_relations.appeals SET status = @Status, version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id AND version = @Version";
    private const string ReviseSql = "UPDATE donor_relations.appeal_lines SET revised_amount = @Amount WHERE appeal_id = @Id AND code = @Code";

    public async ValueTask<AppealDetails> Handle(ChangeAppealStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await AppealRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = AppealRules.Machine.Apply(command.Action, before.Status);
        foreach (var revision in command.Lines ?? [])
        {
            if (await write.ExecuteAsync(ReviseSql, new { command.Id, revision.Code, revision.Amount }, cancellationToken) == 0)
            {
                throw Invalid.Field("lines", $"The appeal has no line '{revision.Code}'.");
            }
        }

        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var appeal = await AppealRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Appeal, command.Id, command.Action, before, appeal, cancellationToken);
        return appeal;
    }
}

internal static class AppealEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        ResourceEndpoints.MapCreate<CreateAppealCommand, AppealDetails>(module, "/appeals", r => r.Id, "DonorRelations_CreateAppeal", "Draft an appeal with its requirements by objective, region and country")
            .ProducesProblem(StatusCodes.Status409Conflict);
        ResourceEndpoints.MapList<ListAppealsQuery, Page<AppealDetails>>(module, "/appeals", "DonorRelations_ListAppeals", "List appeals by code, filtered by year or type");
        ResourceEndpoints.MapGetById(module, "/appeals/{id:guid}", id => new GetAppealQuery(id), "DonorRelations_GetAppeal", "Get an appeal with its requirement lines");
        ActionEndpoints.Map(module, "appeals", (id, action, version) => new ChangeAppealStatusCommand(id, action, null, version),
            new StatusAction("publish", "DonorRelations_PublishAppeal", "Publish a drafted appeal"),
            new StatusAction("close", "DonorRelations_CloseAppeal", "Close a published or revised appeal"));

        module.MapPost("/appeals/{id:guid}/revise", async (Guid id, ReviseAppealRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new ChangeAppealStatusCommand(id, "revise", request.Lines ?? [], ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("DonorRelations_ReviseAppeal")
            .WithSummary("Revise the requirements of a published appeal")
            .Produces<AppealDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
