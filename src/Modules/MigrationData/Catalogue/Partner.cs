using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;

namespace Iom.Modules.MigrationData.Catalogue;

internal enum PartnerKind
{
    UnAgency,
    InternationalFinancialInstitution,
    Oecd,
    NationalStatisticsOffice,
    Academic,
    Private,
    Other,
}

/// <summary>An organisation GMDAC receives data from.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Code">Short code, unique (UNDESA, WB, UNICEF).</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Website">Its website.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record PartnerDetails(
    Guid Id, string Code, string Name, PartnerKind Kind, string? Website, int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy)
    : IVersionedResource;

internal sealed class PartnerRow
{
    public const string SelectFrom = "SELECT id, code, name, kind, website, version, created_at, created_by, updated_at, updated_by FROM migration_data.partners";
    private const string ById = SelectFrom + " WHERE id = @Id";

    public Guid Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public PartnerKind Kind { get; set; }
    public string? Website { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<PartnerDetails?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        (await db.QuerySingleOrDefaultAsync<PartnerRow>(ById, new { Id = id }, cancellationToken))?.ToResponse();

    public PartnerDetails ToResponse() => new(Id, Code, Name, Kind, Website, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
