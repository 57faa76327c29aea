using Dapper;
using Iom.Modules.GoverningBodies.Documents;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

internal enum TranslationJobStatus
{
    Requested,
    InProgress,
    Delivered,
    Cancelled,
}

internal static class TranslationJobRules
{
    public static readonly StateMachine<TranslationJobStatus> Machine = new StateMachine<TranslationJobStatus>("translation job")
        .Allow("start", TranslationJobStatus.InProgress, TranslationJobStatus.Requested)
        .Allow("deliver", TranslationJobStatus.Delivered, TranslationJobStatus.InProgress)
        .Allow("cancel", TranslationJobStatus.Cancelled, TranslationJobStatus.Requested, TranslationJobStatus.InProgress);

    public static readonly string[] OpenStatuses = ["requested", "inProgress"];

    /// <summary>Whole days past the due date, 0 when not overdue or no longer open.</summary>
    public static int DaysOverdue(TranslationJobStatus status, DateOnly dueOn, DateOnly today) =>
        status is TranslationJobStatus.Requested or TranslationJobStatus.InProgress && today > dueOn ? today.DayNumber - dueOn.DayNumber : 0;
}

/// <summary>A publication of another division whose language version a translation job produces.</summary>
/// <param name="WorkId">The publication (work) in the research module.</param>
/// <param name="ManifestationId">The language version in the research module the job produces.</param>
/// <param name="Code">The publication's code.</param>
/// <param name="Title">The publication's title in the source language.</param>
internal sealed record PublicationReference(Guid WorkId, Guid ManifestationId, string Code, string Title);

/// <summary>The translation of one official document, or one publication, into one language.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="DocumentId">The document, when the job translates an official document.</param>
/// <param name="DocumentSymbol">The document's symbol, when the job translates an official document.</param>
/// <param name="JobNumber">The document's job number and the target language's letter (00012F into French), once the document has one.</param>
/// <param name="Publication">The publication, when the job translates one (opened by the research module's approval).</param>
/// <param name="SourceLanguage">The language version translated from.</param>
/// <param name="TargetLanguage">The language version produced.</param>
/// <param name="RequestedOn">When it was requested.</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="WordCount">Words to translate, if counted.</param>
/// <param name="Assignee">Translator or unit it is assigned to.</param>
/// <param name="Status">requested → inProgress → delivered (its language version then in revision), or cancelled.</param>
/// <param name="DeliveredAt">When it was delivered.</param>
/// <param name="DaysOverdue">Days past due while open; 0 otherwise.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was requested.</param>
/// <param name="CreatedBy">Who requested it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record TranslationJobDetails(
    Guid Id,
    Guid? DocumentId,
    string? DocumentSymbol,
    string? JobNumber,
    PublicationReference? Publication,
    string SourceLanguage,
    string TargetLanguage,
    DateOnly RequestedOn,
    DateOnly DueOn,
    int? WordCount,
    string? Assignee,
    TranslationJobStatus Status,
    DateTimeOffset? DeliveredAt,
    int DaysOverdue,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

internal sealed class TranslationJobRow
{
    public const string SelectFrom = """
        SELECT j.id, j.document_id, d.symbol AS document_symbol, d.job_sequence AS document_job_sequence, j.publication_work_id, j.publication_manifestation_id,
               j.publication_code, j.publication_title, j.source_language, j.target_language, j.requested_on, j.due_on,
               j.word_count, j.assignee, j.status, j.delivered_at, j.version, j.created_at, j.created_by, j.updated_at, j.updated_by
        FROM governing_bodies.translation_jobs j
        LEFT JOIN governing_bodies.documents d ON d.id = j.document_id
        """;

    /// <summary>Publication jobs are visible to every reader; document jobs as their document is.</summary>
    public const string Visible = "(j.document_id IS NULL OR " + Documents.DocumentReader.Visible + ")";

    private const string ById = SelectFrom + " WHERE j.id = @Id AND " + Visible;

    public Guid Id { get; set; }
    public Guid? DocumentId { get; set; }
    public string? DocumentSymbol { get; set; }
    public int? DocumentJobSequence { get; set; }
    public Guid? PublicationWorkId { get; set; }
    public Guid? PublicationManifestationId { get; set; }
    public string? PublicationCode { get; set; }
    public string? PublicationTitle { get; set; }
    public string SourceLanguage { get; set; } = string.Empty;
    public string TargetLanguage { get; set; } = string.Empty;
    public DateOnly RequestedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public int? WordCount { get; set; }
    public string? Assignee { get; set; }
    public TranslationJobStatus Status { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    /// <summary>A job, unless its document is restricted and the caller may not see it.</summary>
    public static async Task<TranslationJobRow> GetAsync(IDbSession db, Guid id, bool seeRestricted, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<TranslationJobRow>(ById, new { Id = id, SeeRestricted = seeRestricted }, cancellationToken)
        ?? throw new NotFoundException("translation job", id);

    public TranslationJobDetails ToResponse(DateOnly today) => new(
        Id, DocumentId, DocumentSymbol, JobNumbers.ForLanguage(DocumentJobSequence, TargetLanguage),
        PublicationManifestationId is { } manifestation ? new PublicationReference(PublicationWorkId!.Value, manifestation, PublicationCode!, PublicationTitle!) : null,
        SourceLanguage, TargetLanguage, RequestedOn, DueOn, WordCount, Assignee, Status, DeliveredAt,
        TranslationJobRules.DaysOverdue(Status, DueOn, today), TranslationJobRules.Machine.AllowedActions(Status),
        Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
