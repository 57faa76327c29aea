using Iom.SharedKernel.Data;
using System.Data.Common;
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

/// <summary>A dataset a partner publishes, in editions (vintages).</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Code">Short code, unique (UNDESA-IMS).</param>
/// <param name="PartnerId">The partner that publishes it.</param>
/// <param name="PartnerCode">That partner's code.</param>
/// <param name="Title">Title per language.</param>
/// <param name="Licence">Licence of the data.</param>
/// <param name="Coverage">What it covers (countries, years, breakdowns).</param>
/// <param name="Methodology">Methodology notes.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record DatasetDetails(
    Guid Id, string Code, Guid PartnerId, string PartnerCode, LocalizedText Title, string? Licence, string? Coverage, string? Methodology,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

internal sealed class DatasetRow
{
    public const string SelectFrom = """
        SELECT d.id, d.code, d.partner_id, p.code AS partner_code, d.title_en, d.title_fr, d.title_es, d.licence, d.coverage, d.methodology,
               d.version, d.created_at, d.created_by, d.updated_at, d.updated_by
        FROM migration_data.datasets d JOIN migration_data.partners p ON p.id = d.partner_id
        """;

    private const string ById = SelectFrom + " WHERE d.id = @Id";
    private const string ByCode = SelectFrom + " WHERE d.code = @Code";

    public Guid Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public Guid PartnerId { get; set; }
    public string PartnerCode { get; set; } = string.Empty;
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEs { get; set; }
    public string? Licence { get; set; }
    public string? Coverage { get; set; }
    public string? Methodology { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<DatasetRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<DatasetRow>(ById, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("dataset", id);

    public static async Task<DatasetRow?> FindByCodeAsync(IDbSession db, string code, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<DatasetRow>(ByCode, new { Code = code }, cancellationToken);

    public DatasetDetails ToResponse() => new(
        Id, Code, PartnerId, PartnerCode, new LocalizedText(TitleEn, TitleFr, TitleEs), Licence, Coverage, Methodology, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}

/// <summary>Add a dataset.</summary>
/// <param name="Code">Short code, unique: capital letters, digits and hyphens (UNDESA-IMS).</param>
/// <param name="PartnerId">The partner that publishes it.</param>
/// <param name="Title">Title per language.</param>
/// <param name="Licence">Licence of the data.</param>
/// <param name="Coverage">What it covers.</param>
/// <param name="Methodology">Methodology notes.</param>
internal sealed record CreateDatasetCommand(string? Code, Guid PartnerId, LocalizedText? Title, string? Licence, string? Coverage, string? Methodology) : ICommand<DatasetDetails>;

internal sealed class CreateDatasetCommandValidator : AbstractValidator<CreateDatasetCommand>
{
    public CreateDatasetCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage("Use capital letters, digits and hyphens.");
        RuleFor(c => c.PartnerId).NotEmpty();
        RuleFor(c => c.Title).LocalizedText(required: true);
        RuleFor(c => c.Licence).MaximumLength(200);
        RuleFor(c => c.Coverage).MaximumLength(1000);
        RuleFor(c => c.Methodology).MaximumLength(4000);
    }
}

/// <summary>Datasets by code.</summary>
/// <param name="PartnerId">Only this partner's datasets.</param>
internal sealed record ListDatasetsQuery(Guid? PartnerId) : IQuery<IReadOnlyList<DatasetDetails>>;

internal sealed record GetDatasetQuery(Guid Id) : IQuery<DatasetDetails>;

internal sealed class CreateDatasetCommandHandler(WriteSession write) : ICommandHandler<CreateDatasetCommand, DatasetDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM migration_data.datasets WHERE code = @Code";
    private const string InsertSql = """
        INSERT INTO migration_data.datasets (id, code, partner_id, title_en, title_fr, title_es, licence, coverage, methodology, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Code, @PartnerId, @TitleEn, @TitleFr, @TitleEs, @Licence, @Coverage, @Methodology, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<DatasetDetails> Handle(CreateDatasetCommand command, CancellationToken cancellationToken)
    {
        if (await PartnerRow.FindAsync(write, command.PartnerId, cancellationToken) is null)
        {
            throw Invalid.Field("partnerId", $"No partner has the id {command.PartnerId}.");
        }

        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Code }, cancellationToken) > 0)
        {
            throw new DuplicateException("dataset", "code", command.Code!);
        }

        var id = Guid.CreateVersion7();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.Code, command.PartnerId, TitleEn = command.Title!.En, TitleFr = command.Title.Fr, TitleEs = command.Title.Es,
            command.Licence, command.Coverage, command.Methodology, write.Now, write.By,
        }, cancellationToken);
        var dataset = (await DatasetRow.GetAsync(write, id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Dataset, id, "create", null, dataset, cancellationToken);
        return dataset;
    }
}

internal sealed class ListDatasetsQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListDatasetsQuery, IReadOnlyList<DatasetDetails>>
{
    public async ValueTask<IReadOnlyList<DatasetDetails>> Handle(ListDatasetsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var sql = DatasetRow.SelectFrom + (query.PartnerId is null ? string.Empty : " WHERE d.partner_id = @PartnerId") + " ORDER BY d.code";
        return (await read.QueryAsync<DatasetRow>(sql, new { query.PartnerId }, cancellationToken)).Select(r => r.ToResponse()).ToList();
    }
}

internal sealed class GetDatasetQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetDatasetQuery, DatasetDetails>
{
    public async ValueTask<DatasetDetails> Handle(GetDatasetQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await DatasetRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}

internal static class DatasetEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        ResourceEndpoints.MapCreate<CreateDatasetCommand, DatasetDetails>(module, "/datasets", r => r.Id, "MigrationData_CreateDataset", "Add a dataset of a partner")
            .ProducesProblem(StatusCodes.Status409Conflict);
        module.MapGet("/datasets", async ([FromQuery] Guid? partnerId, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListDatasetsQuery(partnerId), ct)))
            .WithName("MigrationData_ListDatasets")
            .WithSummary("List datasets by code")
            .Produces<IReadOnlyList<DatasetDetails>>()
            .ProducesValidationProblem();
        ResourceEndpoints.MapGetById(module, "/datasets/{id:guid}", id => new GetDatasetQuery(id), "MigrationData_GetDataset", "Get a dataset");
    }
}
