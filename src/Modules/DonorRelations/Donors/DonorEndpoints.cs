using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Donors;

/// <summary>Add a donor.</summary>
/// <param name="Code">Short code, unique: capital letters, digits and hyphens (GOV-DE, ECHO).</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">What kind of donor it is.</param>
/// <param name="Country">Its country (ISO 3166-1 alpha-2).</param>
/// <param name="IatiRef">Its IATI organisation identifier.</param>
/// <param name="FtsId">Its FTS organisation id.</param>
/// <param name="FocalPoints">Its contact people.</param>
/// <param name="ReportingTemplate">The report format it asks for; default the 8+3 template.</param>
/// <param name="Status">prospect, active (default) or inactive.</param>
internal sealed record CreateDonorCommand(
    string? Code, string? Name, DonorType? Type, string? Country, string? IatiRef, string? FtsId, IReadOnlyList<FocalPoint>? FocalPoints,
    ReportingTemplate? ReportingTemplate, DonorStatus? Status) : ICommand<DonorDetails>;

internal sealed class FocalPointValidator : AbstractValidator<FocalPoint>
{
    public FocalPointValidator()
    {
        RuleFor(f => f.Name).NotEmpty().MaximumLength(200);
        RuleFor(f => f.Role).MaximumLength(200);
        RuleFor(f => f.Email).MaximumLength(254).EmailAddress();
    }
}

internal sealed class CreateDonorCommandValidator : AbstractValidator<CreateDonorCommand>
{
    public CreateDonorCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage("Use capital letters, digits and hyphens.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(300);
        RuleFor(c => c.Type).NotNull().IsInEnum();
        RuleFor(c => c.Country).Matches("^[A-Z]{2}$").WithMessage("Use an ISO 3166-1 alpha-2 code, such as DE.");
        RuleFor(c => c.IatiRef).MaximumLength(100).Matches("^[A-Za-z0-9][A-Za-z0-9_.-]*-[A-Za-z0-9_.-]+$").WithMessage("An IATI organisation identifier: registration agency prefix and number, such as GB-GOV-1.");
        RuleFor(c => c.FtsId).MaximumLength(40);
        RuleFor(c => c.FocalPoints).MaximumItems(20);
        RuleForEach(c => c.FocalPoints).NotNull().SetValidator(new FocalPointValidator());
        RuleFor(c => c.ReportingTemplate).IsInEnum();
        RuleFor(c => c.Status).IsInEnum();
    }
}

/// <summary>Donors by code.</summary>
/// <param name="Type">Only this type of donor.</param>
/// <param name="Q">Only donors whose code or name contains this text.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListDonorsQuery([property: QueryEnum(typeof(DonorType))] string? Type, string? Q, int? Limit, string? Cursor) : IQuery<Page<DonorDetails>>;

internal sealed class ListDonorsQueryValidator : AbstractValidator<ListDonorsQuery>
{
    public ListDonorsQueryValidator()
    {
        RuleFor(q => q.Type).EnumName<ListDonorsQuery, DonorType>();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

internal sealed record GetDonorQuery(Guid Id) : IQuery<DonorDetails>;

/// <summary>A donor's declared priorities for a year (replacing earlier ones for that year).</summary>
/// <param name="Themes">Themes and appeal objectives it funds.</param>
/// <param name="Regions">Regions it funds.</param>
/// <param name="Countries">Countries it funds (ISO 3166-1 alpha-2).</param>
/// <param name="GcmObjectives">Objectives of the Global Compact for Migration (1 to 23).</param>
/// <param name="Modality">Its preferred modality.</param>
/// <param name="EnvelopeAmount">Its indicative envelope.</param>
/// <param name="EnvelopeCurrency">The envelope's currency.</param>
[ValidatedAs(typeof(SetDonorPrioritiesCommand))]
internal sealed record SetDonorPrioritiesRequest(
    IReadOnlyList<string>? Themes, IReadOnlyList<string>? Regions, IReadOnlyList<string>? Countries, IReadOnlyList<int>? GcmObjectives,
    Earmarking? Modality, decimal? EnvelopeAmount, string? EnvelopeCurrency);

internal sealed record SetDonorPrioritiesCommand(
    Guid DonorId, int Year, IReadOnlyList<string>? Themes, IReadOnlyList<string>? Regions, IReadOnlyList<string>? Countries, IReadOnlyList<int>? GcmObjectives,
    Earmarking? Modality, decimal? EnvelopeAmount, string? EnvelopeCurrency, int? ExpectedVersion) : ICommand<DonorDetails>;

internal sealed class SetDonorPrioritiesCommandValidator : AbstractValidator<SetDonorPrioritiesCommand>
{
    public SetDonorPrioritiesCommandValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Themes).MaximumItems(30);
        RuleForEach(c => c.Themes).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Regions).MaximumItems(30);
        RuleForEach(c => c.Regions).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Countries).MaximumItems(250);
        RuleForEach(c => c.Countries).NotEmpty().Matches("^[A-Z]{2}$").WithMessage("Use ISO 3166-1 alpha-2 codes, such as KE.");
        RuleFor(c => c.GcmObjectives).MaximumItems(23);
        RuleForEach(c => c.GcmObjectives).InclusiveBetween(1, 23);
        RuleFor(c => c.Modality).NotNull().IsInEnum();
        RuleFor(c => c.EnvelopeAmount!.Value).Amount().When(c => c.EnvelopeAmount is not null).OverridePropertyName("envelopeAmount");
        RuleFor(c => c.EnvelopeCurrency).NotEmpty().Currency().When(c => c.EnvelopeAmount is not null);
        RuleFor(c => c.EnvelopeCurrency).Null().When(c => c.EnvelopeAmount is null).WithMessage("A currency goes with an envelope amount.");
    }
}

internal sealed class CreateDonorCommandHandler(WriteSession write) : ICommandHandler<CreateDonorCommand, DonorDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM donor_relations.donors WHERE code = @Code";
    private const string InsertSql = """
        INSERT INTO donor_relations.donors (id, code, name, type, country, iati_ref, fts_id, focal_points, reporting_template, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Code, @Name, @Type, @Country, @IatiRef, @FtsId, @FocalPoints, @ReportingTemplate, @Status, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<DonorDetails> Handle(CreateDonorCommand command, CancellationToken cancellationToken)
    {
        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Code }, cancellationToken) > 0)
        {
            throw new DuplicateException("donor", "code", command.Code!);
        }

        var id = Guid.CreateVersion7();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.Code, command.Name, Type = command.Type!.Value.ToText(), command.Country, command.IatiRef, command.FtsId,
            FocalPoints = JsonColumn.Write(command.FocalPoints), ReportingTemplate = (command.ReportingTemplate ?? ReportingTemplate.GrandBargain8Plus3).ToText(),
            Status = (command.Status ?? DonorStatus.Active).ToText(), write.Now, write.By,
        }, cancellationToken);
        var donor = await DonorRow.ReadAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Donor, id, "create", null, donor, cancellationToken);
        return donor;
    }
}

internal sealed class ListDonorsQueryHandler(DonorRelationsDatabase db) : IQueryHandler<ListDonorsQuery, Page<DonorDetails>>
{
    private static readonly KeysetList<DonorRow> List = new("d.id", r => r.Id, "code", new SortableField<DonorRow>("code", "d.code", KeyKind.Text, r => r.Code));

    public async ValueTask<Page<DonorDetails>> Handle(ListDonorsQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .WhereIf(query.Type is not null, "d.type = @Type", new { query.Type })
            .WhereIf(!string.IsNullOrWhiteSpace(query.Q), @"(d.code LIKE @Q ESCAPE '\' OR d.name LIKE @Q ESCAPE '\')", new { Q = LikePattern.Contains(query.Q) });
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, DonorRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        var priorities = await DonorRow.PrioritiesAsync(read, page.Items.Select(d => d.Id).ToList(), cancellationToken);
        return page.Select(d => d.ToResponse(priorities[d.Id].ToList()));
    }
}

internal sealed class GetDonorQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetDonorQuery, DonorDetails>
{
    public async ValueTask<DonorDetails> Handle(GetDonorQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await DonorRow.ReadAsync(read, query.Id, cancellationToken);
    }
}

internal sealed class SetDonorPrioritiesCommandHandler(WriteSession write)
    : ICommandHandler<SetDonorPrioritiesCommand, DonorDetails>
{
    private const string DeleteSql = "DELETE FROM donor_relations.donor_priorities WHERE donor_id = @DonorId AND year = @Year";
    private const string InsertSql = """
        INSERT INTO donor_relations.donor_priorities (donor_id, year, themes, regions, countries, gcm_objectives, modality, envelope_amount, envelope_currency)
        VALUES (@DonorId, @Year, @Themes, @Regions, @Countries, @GcmObjectives, @Modality, @EnvelopeAmount, @EnvelopeCurrency)
        """;

    private const string TouchSql = "UPDATE donor_relations.donors SET version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @DonorId AND version = @Version";

    public async ValueTask<DonorDetails> Handle(SetDonorPrioritiesCommand command, CancellationToken cancellationToken)
    {
        var before = await DonorRow.ReadAsync(write, command.DonorId, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.ExecuteAsync(DeleteSql, new { command.DonorId, command.Year }, cancellationToken);
        await write.ExecuteAsync(InsertSql, new
        {
            command.DonorId, command.Year, Themes = JsonColumn.Write(command.Themes), Regions = JsonColumn.Write(command.Regions),
            Countries = JsonColumn.Write(command.Countries?.Distinct().ToList()), GcmObjectives = JsonColumn.Write(command.GcmObjectives?.Distinct().Order().ToList()),
            Modality = command.Modality!.Value.ToText(), command.EnvelopeAmount, command.EnvelopeCurrency,
        }, cancellationToken);
        await write.UpdateVersionedAsync(TouchSql, new { command.DonorId, before.Version, write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var donor = await DonorRow.ReadAsync(write, command.DonorId, cancellationToken);
        await write.RecordAsync(AuditedEntities.Donor, command.DonorId, $"priorities-{command.Year}", before, donor, cancellationToken);
        return donor;
    }
}

internal static class DonorEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        ResourceEndpoints.MapCreate<CreateDonorCommand, DonorDetails>(module, "/donors", r => r.Id, "DonorRelations_CreateDonor", "Add a donor")
            .ProducesProblem(StatusCodes.Status409Conflict);
        ResourceEndpoints.MapList<ListDonorsQuery, Page<DonorDetails>>(module, "/donors", "DonorRelations_ListDonors", "List donors by code, filtered by type or text");
        ResourceEndpoints.MapGetById(module, "/donors/{id:guid}", id => new GetDonorQuery(id), "DonorRelations_GetDonor", "Get a donor with its priorities by year");
        module.MapPut("/donors/{id:guid}/priorities/{year:int}", async (Guid id, int year, SetDonorPrioritiesRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new SetDonorPrioritiesCommand(
                    id, year, request.Themes, request.Regions, request.Countries, request.GcmObjectives, request.Modality, request.EnvelopeAmount, request.EnvelopeCurrency,
                    ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("DonorRelations_SetDonorPriorities")
            .WithSummary("Set a donor's declared priorities for a year")
            .Produces<DonorDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
