using Iom.SharedKernel.Data;
using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>A statistical indicator.</summary>
/// <param name="Code">Its code, unique (SM.POP.TOTL).</param>
/// <param name="Name">Name per language.</param>
/// <param name="Unit">Unit of its values (persons, percent, USD).</param>
/// <param name="Topic">Topic (migrant stocks, remittances, displacement).</param>
/// <param name="Definition">Definition per language.</param>
/// <param name="SdgIndicator">The SDG indicator it measures (10.7.2), if any.</param>
/// <param name="GcmObjective">The Global Compact for Migration objective (1 to 23) it informs, if any.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record IndicatorDetails(
    string Code, LocalizedText Name, string Unit, string? Topic, LocalizedText? Definition, string? SdgIndicator, int? GcmObjective,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

internal sealed class IndicatorRow
{
    public const string SelectFrom = """
        SELECT indicator_key, code, name_en, name_fr, name_es, unit, topic, definition_en, definition_fr, definition_es, sdg_indicator, gcm_objective,
               version, created_at, created_by, updated_at, updated_by
        FROM migration_data.indicators
        """;

    public int IndicatorKey { get; set; }
    public string Code { get; set; } = string.Empty;
    public string? NameEn { get; set; }
    public string? NameFr { get; set; }
    public string? NameEs { get; set; }
    public string Unit { get; set; } = string.Empty;
    public string? Topic { get; set; }
    public string? DefinitionEn { get; set; }
    public string? DefinitionFr { get; set; }
    public string? DefinitionEs { get; set; }
    public string? SdgIndicator { get; set; }
    public int? GcmObjective { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public IndicatorDetails ToResponse() => new(
        Code, new LocalizedText(NameEn, NameFr, NameEs), Unit, Topic, LocalizedText.From(DefinitionEn, DefinitionFr, DefinitionEs), SdgIndicator, GcmObjective,
        Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}

/// <summary>Add an indicator.</summary>
/// <param name="Code">Its code, unique: letters, digits, '.', '_' and '-' (SM.POP.TOTL).</param>
/// <param name="Name">Name per language.</param>
/// <param name="Unit">Unit of its values.</param>
/// <param name="Topic">Topic.</param>
/// <param name="Definition">Definition per language.</param>
/// <param name="SdgIndicator">The SDG indicator it measures (10.7.2).</param>
/// <param name="GcmObjective">The Global Compact for Migration objective (1 to 23) it informs.</param>
internal sealed record CreateIndicatorCommand(string? Code, LocalizedText? Name, string? Unit, string? Topic, LocalizedText? Definition, string? SdgIndicator, int? GcmObjective)
    : ICommand<IndicatorDetails>;

internal sealed class CreateIndicatorCommandValidator : AbstractValidator<CreateIndicatorCommand>
{
    public CreateIndicatorCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(60).Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").WithMessage("Use letters, digits, '.', '_' and '-'.");
        RuleFor(c => c.Name).LocalizedText(required: true);
        RuleFor(c => c.Unit).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Topic).MaximumLength(100);
        RuleFor(c => c.Definition).LocalizedText(required: false);
        RuleFor(c => c.SdgIndicator).MaximumLength(20).Matches(@"^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$").WithMessage("An SDG indicator number such as 10.7.2.");
        RuleFor(c => c.GcmObjective).InclusiveBetween(1, 23);
    }
}

/// <summary>Indicators by code.</summary>
/// <param name="Topic">Only this topic.</param>
/// <param name="Q">Only indicators whose code or name (any language) contains this text.</param>
internal sealed record ListIndicatorsQuery(string? Topic, string? Q) : IQuery<IReadOnlyList<IndicatorDetails>>;

internal sealed class ListIndicatorsQueryValidator : AbstractValidator<ListIndicatorsQuery>
{
    public ListIndicatorsQueryValidator()
    {
        RuleFor(q => q.Topic).MaximumLength(100);
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

internal sealed record GetIndicatorQuery(string Code) : IQuery<IndicatorDetails>;

internal sealed class CreateIndicatorCommandHandler(WriteSession write, IndicatorDirectory directory)
    : ICommandHandler<CreateIndicatorCommand, IndicatorDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM migration_data.indicators WHERE code = @Code";
    private const string InsertSql = """
        INSERT INTO migration_data.indicators (code, name_en, name_fr, name_es, unit, topic, definition_en, definition_fr, definition_es, sdg_indicator, gcm_objective,
            version, created_at, created_by, updated_at, updated_by)
        VALUES (@Code, @NameEn, @NameFr, @NameEs, @Unit, @Topic, @DefinitionEn, @DefinitionFr, @DefinitionEs, @SdgIndicator, @GcmObjective, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<IndicatorDetails> Handle(CreateIndicatorCommand command, CancellationToken cancellationToken)
    {
        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Code }, cancellationToken) > 0)
        {
            throw new DuplicateException("indicator", "code", command.Code!);
        }

        await write.ExecuteAsync(InsertSql, new
        {
            command.Code, NameEn = command.Name!.En, NameFr = command.Name.Fr, NameEs = command.Name.Es, command.Unit, command.Topic,
            DefinitionEn = command.Definition?.En, DefinitionFr = command.Definition?.Fr, DefinitionEs = command.Definition?.Es,
            command.SdgIndicator, command.GcmObjective, write.Now, write.By,
        }, cancellationToken);
        var row = await write.QuerySingleOrDefaultAsync<IndicatorRow>(IndicatorRow.SelectFrom + " WHERE code = @Code", new { command.Code }, cancellationToken);
        var indicator = row!.ToResponse();
        await write.RecordAsync(AuditedEntities.Indicator, IndicatorDirectory.AuditId(row.IndicatorKey), "create", null, indicator, cancellationToken);
        directory.Invalidate();
        return indicator;
    }
}

internal sealed class ListIndicatorsQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListIndicatorsQuery, IReadOnlyList<IndicatorDetails>>
{
    public async ValueTask<IReadOnlyList<IndicatorDetails>> Handle(ListIndicatorsQuery query, CancellationToken cancellationToken)
    {
        var filter = new Iom.SharedKernel.Paging.SqlFilter()
            .WhereIf(query.Topic is not null, "topic = @Topic", new { query.Topic })
            .WhereIf(!string.IsNullOrWhiteSpace(query.Q),
                @"(code LIKE @Q ESCAPE '\' OR name_en LIKE @Q ESCAPE '\' OR name_fr LIKE @Q ESCAPE '\' OR name_es LIKE @Q ESCAPE '\')",
                new { Q = Iom.SharedKernel.Paging.LikePattern.Contains(query.Q) });
        await using var read = await db.ReadAsync(cancellationToken);
        var rows = await read.QueryAsync<IndicatorRow>($"{IndicatorRow.SelectFrom} {filter.ToWhereClause()} ORDER BY code", filter.Parameters, cancellationToken);
        return rows.Select(r => r.ToResponse()).ToList();
    }
}

internal sealed class GetIndicatorQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetIndicatorQuery, IndicatorDetails>
{
    public async ValueTask<IndicatorDetails> Handle(GetIndicatorQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var row = await read.QuerySingleOrDefaultAsync<IndicatorRow>(IndicatorRow.SelectFrom + " WHERE code = @Code", new { query.Code }, cancellationToken);
        return row?.ToResponse() ?? throw new NotFoundException("indicator", query.Code);
    }
}

internal static class IndicatorEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        module.MapPost("/indicators", async (CreateIndicatorCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var indicator = await sender.Send(command, ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/migration-data/indicators/{Uri.EscapeDataString(indicator.Code)}", indicator);
            })
            .WithName("MigrationData_CreateIndicator")
            .WithSummary("Add an indicator")
            .Produces<IndicatorDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        ResourceEndpoints.MapList<ListIndicatorsQuery, IReadOnlyList<IndicatorDetails>>(module, "/indicators", "MigrationData_ListIndicators", "List indicators by code, filtered by topic or text");
        module.MapGet("/indicators/{code}", async (string code, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new GetIndicatorQuery(code), ct)))
            .WithName("MigrationData_GetIndicator")
            .WithSummary("Get an indicator")
            .Produces<IndicatorDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
