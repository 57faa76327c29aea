using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

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
