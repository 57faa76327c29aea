using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;

namespace Iom.Modules.Research.Manifestations;

internal enum ManifestationFormat
{
    Pdf,
    Epub,
    Print,
    InteractiveHtml,
}

/// <summary>Where a language version stands with its translation; done once the translation job is delivered.</summary>
internal enum TranslationStatus
{
    /// <summary>The version in the work's original language: nothing to translate.</summary>
    NotApplicable,
    NotRequested,
    Approved,
    InTranslation,
    Done,
    Cancelled,
}

/// <summary>One language and format of a work, with its own identifiers.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="WorkId">The work.</param>
/// <param name="Language">Its language (ISO 639-1).</param>
/// <param name="Format">pdf, epub, print or interactiveHtml.</param>
/// <param name="Isbn">Its ISBN-13 (digits only), unique.</param>
/// <param name="Doi">Its DOI, unique.</param>
/// <param name="TranslationOf">The version it is translated from.</param>
/// <param name="TranslationStatus">notApplicable for the original; otherwise notRequested → approved → inTranslation → done, or cancelled.</param>
/// <param name="TranslationDueOn">When the approved translation is due.</param>
/// <param name="TranslationJobId">The Governing Bodies translation job producing it.</param>
/// <param name="Pages">Page count.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record ManifestationDetails(
    Guid Id,
    Guid WorkId,
    string Language,
    ManifestationFormat Format,
    string? Isbn,
    string? Doi,
    Guid? TranslationOf,
    TranslationStatus TranslationStatus,
    DateOnly? TranslationDueOn,
    Guid? TranslationJobId,
    int? Pages,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

internal sealed class ManifestationRow
{
    public const string SelectFrom = """
        SELECT m.id, m.work_id, m.language, m.format, m.isbn, m.doi, m.translation_of, m.translation_status, m.translation_due_on,
               m.translation_job_id, m.pages, m.version, m.created_at, m.created_by, m.updated_at, m.updated_by
        FROM research.manifestations m
        """;

    private const string ById = SelectFrom + " WHERE m.id = @Id";
    private const string ByWork = SelectFrom + " WHERE m.work_id = @WorkId ORDER BY m.created_at, m.id";

    public Guid Id { get; set; }
    public Guid WorkId { get; set; }
    public string Language { get; set; } = string.Empty;
    public ManifestationFormat Format { get; set; }
    public string? Isbn { get; set; }
    public string? Doi { get; set; }
    public Guid? TranslationOf { get; set; }
    public TranslationStatus TranslationStatus { get; set; }
    public DateOnly? TranslationDueOn { get; set; }
    public Guid? TranslationJobId { get; set; }
    public int? Pages { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<ManifestationRow?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<ManifestationRow>(ById, new { Id = id }, cancellationToken);

    public static async Task<ManifestationRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(db, id, cancellationToken) ?? throw new NotFoundException("manifestation", id);

    public static async Task<IReadOnlyList<ManifestationRow>> ForWorkAsync(IDbSession db, Guid workId, CancellationToken cancellationToken) =>
        (await db.QueryAsync<ManifestationRow>(ByWork, new { WorkId = workId }, cancellationToken)).ToList();

    public ManifestationDetails ToResponse() => new(
        Id, WorkId, Language, Format, Isbn, Doi, TranslationOf, TranslationStatus, TranslationDueOn, TranslationJobId, Pages,
        Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
