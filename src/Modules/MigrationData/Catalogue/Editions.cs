using Iom.SharedKernel.Data;
using System.Data.Common;
using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>One edition (vintage) of a dataset, such as International Migrant Stock 2024. Earlier editions stay queryable.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="DatasetId">The dataset.</param>
/// <param name="DatasetCode">The dataset's code.</param>
/// <param name="Edition">The edition's label, unique within the dataset (2024, 2020-rev1).</param>
/// <param name="ReleasedOn">When the partner released it; the latest release is the dataset's current edition.</param>
/// <param name="RetrievedOn">When GMDAC retrieved it.</param>
/// <param name="Notes">Notes on this edition.</param>
/// <param name="ObservationCount">Observations loaded into it.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record EditionDetails(
    Guid Id, Guid DatasetId, string DatasetCode, string Edition, DateOnly ReleasedOn, DateOnly? RetrievedOn, string? Notes, int ObservationCount,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

internal sealed class EditionRow
{
    public const string SelectFrom = """
        SELECT e.edition_key, e.id, e.dataset_id, d.code AS dataset_code, e.edition, e.released_on, e.retrieved_on, e.notes, e.observation_count,
               e.version, e.created_at, e.created_by, e.updated_at, e.updated_by
        FROM migration_data.editions e JOIN migration_data.datasets d ON d.id = e.dataset_id
        """;

    private const string ById = SelectFrom + " WHERE e.id = @Id";

    public int EditionKey { get; set; }
    public Guid Id { get; set; }
    public Guid DatasetId { get; set; }
    public string DatasetCode { get; set; } = string.Empty;
    public string Edition { get; set; } = string.Empty;
    public DateOnly ReleasedOn { get; set; }
    public DateOnly? RetrievedOn { get; set; }
    public string? Notes { get; set; }
    public int ObservationCount { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<EditionRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<EditionRow>(ById, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("edition", id);

    public EditionDetails ToResponse() => new(
        Id, DatasetId, DatasetCode, Edition, ReleasedOn, RetrievedOn, Notes, ObservationCount, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}

/// <summary>Add an edition to a dataset; load its observations afterwards.</summary>
/// <param name="Edition">Its label, unique within the dataset (2024).</param>
/// <param name="ReleasedOn">When the partner released it.</param>
/// <param name="RetrievedOn">When GMDAC retrieved it.</param>
/// <param name="Notes">Notes on this edition.</param>
[ValidatedAs(typeof(CreateEditionCommand))]
internal sealed record CreateEditionRequest(string? Edition, DateOnly ReleasedOn, DateOnly? RetrievedOn, string? Notes);

internal sealed record CreateEditionCommand(Guid DatasetId, string? Edition, DateOnly ReleasedOn, DateOnly? RetrievedOn, string? Notes) : ICommand<EditionDetails>;

internal sealed class CreateEditionCommandValidator : AbstractValidator<CreateEditionCommand>
{
    public CreateEditionCommandValidator()
    {
        RuleFor(c => c.Edition).NotEmpty().MaximumLength(40).Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").WithMessage("Use letters, digits, '.', '_' and '-'.");
        RuleFor(c => c.ReleasedOn).NotEmpty();
        RuleFor(c => c.RetrievedOn).GreaterThanOrEqualTo(c => c.ReleasedOn).When(c => c.RetrievedOn is not null).WithMessage("An edition cannot be retrieved before its release.");
        RuleFor(c => c.Notes).MaximumLength(2000);
    }
}

internal sealed record ListEditionsQuery(Guid DatasetId) : IQuery<IReadOnlyList<EditionDetails>>;

internal sealed record GetEditionQuery(Guid Id) : IQuery<EditionDetails>;

internal sealed class CreateEditionCommandHandler(WriteSession write) : ICommandHandler<CreateEditionCommand, EditionDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM migration_data.editions WHERE dataset_id = @DatasetId AND edition = @Edition";
    private const string InsertSql = """
        INSERT INTO migration_data.editions (id, dataset_id, edition, released_on, retrieved_on, notes, observation_count, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @DatasetId, @Edition, @ReleasedOn, @RetrievedOn, @Notes, 0, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<EditionDetails> Handle(CreateEditionCommand command, CancellationToken cancellationToken)
    {
        _ = await DatasetRow.GetAsync(write, command.DatasetId, cancellationToken);
        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.DatasetId, command.Edition }, cancellationToken) > 0)
        {
            throw new DuplicateException("edition", "edition", command.Edition!);
        }

        var id = Guid.CreateVersion7();
        await write.ExecuteAsync(InsertSql, new { Id = id, command.DatasetId, command.Edition, command.ReleasedOn, command.RetrievedOn, command.Notes, write.Now, write.By }, cancellationToken);
        var edition = (await EditionRow.GetAsync(write, id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Edition, id, "create", null, edition, cancellationToken);
        return edition;
    }
}

internal sealed class ListEditionsQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListEditionsQuery, IReadOnlyList<EditionDetails>>
{
    public async ValueTask<IReadOnlyList<EditionDetails>> Handle(ListEditionsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        _ = await DatasetRow.GetAsync(read, query.DatasetId, cancellationToken);
        var rows = await read.QueryAsync<EditionRow>(EditionRow.SelectFrom + " WHERE e.dataset_id = @DatasetId ORDER BY e.released_on DESC, e.edition_key DESC", new { query.DatasetId }, cancellationToken);
        return rows.Select(r => r.ToResponse()).ToList();
    }
}

internal sealed class GetEditionQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetEditionQuery, EditionDetails>
{
    public async ValueTask<EditionDetails> Handle(GetEditionQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await EditionRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}

internal static class EditionEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        module.MapPost("/datasets/{datasetId:guid}/editions", async (Guid datasetId, CreateEditionRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var edition = await sender.Send(new CreateEditionCommand(datasetId, request.Edition, request.ReleasedOn, request.RetrievedOn, request.Notes), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/migration-data/editions/{edition.Id}", edition);
            })
            .WithName("MigrationData_CreateEdition")
            .WithSummary("Add an edition (vintage) to a dataset")
            .Produces<EditionDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        module.MapGet("/datasets/{datasetId:guid}/editions", async (Guid datasetId, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListEditionsQuery(datasetId), ct)))
            .WithName("MigrationData_ListEditions")
            .WithSummary("List a dataset's editions, latest release first")
            .Produces<IReadOnlyList<EditionDetails>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        ResourceEndpoints.MapGetById(module, "/editions/{id:guid}", id => new GetEditionQuery(id), "MigrationData_GetEdition", "Get an edition of a dataset");
    }
}
