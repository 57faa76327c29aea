using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.Research.Series;

/// <summary>A publication series (World Migration Report, Migration Research Series, International Migration Law...).</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Code">Short code, unique (WMR, MRS).</param>
/// <param name="Name">Name per language.</param>
/// <param name="Issn">Its ISSN (NNNN-NNNC), check character verified.</param>
/// <param name="SeriesEditor">Its editor.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record SeriesDetails(
    Guid Id,
    string Code,
    LocalizedText Name,
    string? Issn,
    string? SeriesEditor,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

internal sealed class SeriesRow
{
    public const string SelectFrom = """
        SELECT s.id, s.code, s.name_en, s.name_fr, s.name_es, s.issn, s.series_editor, s.version, s.created_at, s.created_by, s.updated_at, s.updated_by
        FROM research.series s
        """;

    private const string ById = SelectFrom + " WHERE s.id = @Id";

    public Guid Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public string? NameEn { get; set; }
    public string? NameFr { get; set; }
    public string? NameEs { get; set; }
    public string? Issn { get; set; }
    public string? SeriesEditor { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public LocalizedText Name => new(NameEn, NameFr, NameEs);

    public static async Task<SeriesRow?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<SeriesRow>(ById, new { Id = id }, cancellationToken);

    public static async Task<SeriesRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(db, id, cancellationToken) ?? throw new NotFoundException("series", id);

    public SeriesDetails ToResponse() => new(Id, Code, Name, Issn, SeriesEditor, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
