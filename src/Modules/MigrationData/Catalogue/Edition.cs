using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Where an edition is in its life: loaded but not served by default, served, or taken back.</summary>
internal enum EditionStatus
{
    /// <summary>Loaded and checked; read only when named, never the default.</summary>
    Draft,

    /// <summary>Served: the latest released edition is its dataset's default.</summary>
    Released,

    /// <summary>Taken back, with a reason; read only when named, never the default again.</summary>
    Withdrawn,
}

internal static class EditionRules
{
    public static readonly StateMachine<EditionStatus> Machine = new StateMachine<EditionStatus>("edition")
        .Allow("release", EditionStatus.Released, EditionStatus.Draft)
        .Allow("withdraw", EditionStatus.Withdrawn, EditionStatus.Released);
}

/// <summary>One edition (vintage) of a dataset, such as International Migrant Stock 2024. Earlier editions stay queryable.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="DatasetId">The dataset.</param>
/// <param name="DatasetCode">The dataset's code.</param>
/// <param name="Edition">The edition's label, unique within the dataset (2024, 2020-rev1).</param>
/// <param name="ReleasedOn">When the partner released it; of the released editions, the latest release is the dataset's current one.</param>
/// <param name="RetrievedOn">When GMDAC retrieved it.</param>
/// <param name="Notes">Notes on this edition.</param>
/// <param name="ObservationCount">Observations loaded into it.</param>
/// <param name="Status">draft (loads go in; not the default), released (served) or withdrawn.</param>
/// <param name="StatusReason">Why it was withdrawn.</param>
/// <param name="StatusChangedAt">When it was released or withdrawn.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record EditionDetails(
    Guid Id, Guid DatasetId, string DatasetCode, string Edition, DateOnly ReleasedOn, DateOnly? RetrievedOn, string? Notes, int ObservationCount,
    EditionStatus Status, string? StatusReason, DateTimeOffset? StatusChangedAt, int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

internal sealed class EditionRow
{
    public const string SelectFrom = """
        SELECT e.edition_key, e.id, e.dataset_id, d.code AS dataset_code, e.edition, e.released_on, e.retrieved_on, e.notes, e.observation_count,
               e.status, e.status_reason, e.status_changed_at, e.version, e.created_at, e.created_by, e.updated_at, e.updated_by
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
    public EditionStatus Status { get; set; }
    public string? StatusReason { get; set; }
    public DateTimeOffset? StatusChangedAt { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<EditionRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<EditionRow>(ById, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("edition", id);

    /// <summary>Loads go into a draft only: a released edition is what people have read, and stays so.</summary>
    public void EnsureDraft()
    {
        if (Status != EditionStatus.Draft)
        {
            throw new ConflictException("Edition is not a draft", NotDraft, "edition-not-draft");
        }
    }

    public string NotDraft => $"{DatasetCode} {Edition} is {Status.ToText()}: its values are what people have read. Load into a new edition.";

    public EditionDetails ToResponse() => new(
        Id, DatasetId, DatasetCode, Edition, ReleasedOn, RetrievedOn, Notes, ObservationCount, Status, StatusReason, StatusChangedAt, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
