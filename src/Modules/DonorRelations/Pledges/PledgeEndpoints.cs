using Iom.SharedKernel.Time;
using Iom.SharedKernel.Data;
using FluentValidation;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
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

namespace Iom.Modules.DonorRelations.Pledges;

/// <summary>An instalment of a new pledge.</summary>
/// <param name="DueOn">When it is due.</param>
/// <param name="Amount">Its amount.</param>
internal sealed record NewInstalment(DateOnly DueOn, decimal Amount);

/// <summary>Record a donor's pledge.</summary>
/// <param name="DonorId">The donor.</param>
/// <param name="AppealId">The appeal it answers, if any.</param>
/// <param name="Reference">Its reference, unique.</param>
/// <param name="Amount">The amount pledged.</param>
/// <param name="Currency">Its currency (ISO 4217).</param>
/// <param name="PledgedOn">When it was announced.</param>
/// <param name="Earmarking">How earmarked it is.</param>
/// <param name="Instalments">When it will be paid; the instalments add up to the amount. Default: one, due on the pledge date.</param>
internal sealed record CreatePledgeCommand(
    Guid DonorId, Guid? AppealId, string? Reference, decimal Amount, string? Currency, DateOnly PledgedOn, Earmarking? Earmarking, IReadOnlyList<NewInstalment>? Instalments)
    : ICommand<PledgeDetails>;

internal sealed class CreatePledgeCommandValidator : AbstractValidator<CreatePledgeCommand>
{
    public CreatePledgeCommandValidator()
    {
        RuleFor(c => c.DonorId).NotEmpty();
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Amount).Amount().GreaterThan(0);
        RuleFor(c => c.Currency).NotEmpty().Currency();
        RuleFor(c => c.PledgedOn).NotEmpty();
        RuleFor(c => c.Earmarking).NotNull().IsInEnum();
        RuleFor(c => c.Instalments).MaximumItems(60);
        RuleForEach(c => c.Instalments).ChildRules(i =>
        {
            i.RuleFor(x => x.DueOn).NotEmpty();
            i.RuleFor(x => x.Amount).Amount().GreaterThan(0);
        });
        RuleFor(c => c.Instalments).Must((c, i) => i is null || i.Count == 0 || i.Sum(x => x.Amount) == c.Amount)
            .WithMessage("The instalments add up to the amount pledged.");
        RuleFor(c => c.Instalments).Must(i => i is null || i.Select(x => x.DueOn).Distinct().Count() == i.Count).WithMessage("Two instalments fall due on the same day.");
    }
}

/// <summary>Pledges, newest first.</summary>
/// <param name="DonorId">Only this donor's pledges.</param>
/// <param name="AppealId">Only pledges to this appeal.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListPledgesQuery(Guid? DonorId, Guid? AppealId, int? Limit, string? Cursor) : IQuery<Page<PledgeDetails>>;

internal sealed record GetPledgeQuery(Guid Id) : IQuery<PledgeDetails>;

/// <summary>Confirm or cancel a pledge.</summary>
internal sealed record ChangePledgeStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<PledgeDetails>;

internal sealed class CreatePledgeCommandHandler(WriteSession write) : ICommandHandler<CreatePledgeCommand, PledgeDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM donor_relations.pledges WHERE reference = @Reference";
    private const string InsertSql = """
        INSERT INTO donor_relations.pledges (id, donor_id, appeal_id, reference, amount, currency, pledged_on, earmarking, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @DonorId, @AppealId, @Reference, @Amount, @Currency, @PledgedOn, @Earmarking, @Status, 1, @Now, @By, @Now, @By)
        """;

    private const string InsertInstalmentSql = "INSERT INTO donor_relations.pledge_instalments (pledge_id, number, due_on, amount) VALUES (@PledgeId, @Number, @DueOn, @Amount)";

    public async ValueTask<PledgeDetails> Handle(CreatePledgeCommand command, CancellationToken cancellationToken)
    {
        if (await DonorRow.FindAsync(write, command.DonorId, cancellationToken) is null)
        {
            throw Invalid.Field("donorId", $"No donor has the id {command.DonorId}.");
        }

        if (command.AppealId is { } appealId)
        {
            try
            {
                _ = await AppealRow.GetAsync(write, appealId, cancellationToken);
            }
            catch (NotFoundException)
            {
                throw Invalid.Field("appealId", $"No appeal has the id {appealId}.");
            }
        }

        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Reference }, cancellationToken) > 0)
        {
            throw new DuplicateException("pledge", "reference", command.Reference!);
        }

        var id = Guid.CreateVersion7();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.DonorId, command.AppealId, command.Reference, command.Amount, command.Currency, command.PledgedOn,
            Earmarking = command.Earmarking!.Value.ToText(), Status = PledgeStatus.Announced.ToText(), write.Now, write.By,
        }, cancellationToken);
        var instalments = command.Instalments is { Count: > 0 } given ? given.OrderBy(i => i.DueOn).ToList() : [new NewInstalment(command.PledgedOn, command.Amount)];
        for (var i = 0; i < instalments.Count; i++)
        {
            await write.ExecuteAsync(InsertInstalmentSql, new { PledgeId = id, Number = i + 1, instalments[i].DueOn, instalments[i].Amount }, cancellationToken);
        }

        var pledge = await PledgeRow.ReadAsync(write, id, write.Today, cancellationToken);
        await write.RecordAsync(AuditedEntities.Pledge, id, "create", null, pledge, cancellationToken);
        return pledge;
    }
}

internal sealed class ListPledgesQueryHandler(DonorRelationsDatabase db, TimeProvider clock) : IQueryHandler<ListPledgesQuery, Page<PledgeDetails>>
{
    private static readonly KeysetList<PledgeRow> List = new("p.id", r => r.Id, "-pledgedOn", new SortableField<PledgeRow>("pledgedOn", "p.pledged_on", KeyKind.Date, r => r.PledgedOn));

    public async ValueTask<Page<PledgeDetails>> Handle(ListPledgesQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .WhereIf(query.DonorId is not null, "p.donor_id = @DonorId", new { query.DonorId })
            .WhereIf(query.AppealId is not null, "p.appeal_id = @AppealId", new { query.AppealId });
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, PledgeRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        var today = clock.Today();
        return new Page<PledgeDetails>(await PledgeRow.ToResponsesAsync(read, page.Items, today, cancellationToken), page.NextCursor);
    }
}

internal sealed class GetPledgeQueryHandler(DonorRelationsDatabase db, TimeProvider clock) : IQueryHandler<GetPledgeQuery, PledgeDetails>
{
    public async ValueTask<PledgeDetails> Handle(GetPledgeQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await PledgeRow.ReadAsync(read, query.Id, clock.Today(), cancellationToken);
    }
}

internal sealed class ChangePledgeStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangePledgeStatusCommand, PledgeDetails>
{
    private const string UpdateSql = "UPDATE donor_relations.pledges SET status = @Status, version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id AND version = @Version";

    public async ValueTask<PledgeDetails> Handle(ChangePledgeStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await PledgeRow.ReadAsync(write, command.Id, write.Today, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = PledgeRules.Machine.Apply(command.Action, before.Status);
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var pledge = await PledgeRow.ReadAsync(write, command.Id, write.Today, cancellationToken);
        await write.RecordAsync(AuditedEntities.Pledge, command.Id, command.Action, before, pledge, cancellationToken);
        return pledge;
    }
}

internal static class PledgeEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        ResourceEndpoints.MapCreate<CreatePledgeCommand, PledgeDetails>(module, "/pledges", r => r.Id, "DonorRelations_CreatePledge", "Record a pledge with its instalments")
            .ProducesProblem(StatusCodes.Status409Conflict);
        ResourceEndpoints.MapList<ListPledgesQuery, Page<PledgeDetails>>(module, "/pledges", "DonorRelations_ListPledges", "List pledges, newest first, with conversion and overdue instalments computed");
        ResourceEndpoints.MapGetById(module, "/pledges/{id:guid}", id => new GetPledgeQuery(id), "DonorRelations_GetPledge", "Get a pledge with its instalments, conversion and overdue amounts");
        ActionEndpoints.Map(module, "pledges", (id, action, version) => new ChangePledgeStatusCommand(id, action, version),
            new StatusAction("confirm", "DonorRelations_ConfirmPledge", "Confirm an announced pledge"),
            new StatusAction("cancel", "DonorRelations_CancelPledge", "Cancel what remains of a pledge"));
    }
}
