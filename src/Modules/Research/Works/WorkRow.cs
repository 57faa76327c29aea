using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.Research.Works;

internal sealed class WorkRow
{
    public const string SelectFrom = """
        SELECT w.id, w.publication_code, w.type, w.series_id, w.series_number, w.title_en, w.title_fr, w.title_es,
               w.subtitle_en, w.subtitle_fr, w.subtitle_es, w.original_language, w.contributors, w.licence, w.abstracts, w.project_id, w.peer_review,
               w.themes, w.countries, w.gcm_objectives, w.programme_year, w.planned_quarter, w.published_on, w.status,
               w.version, w.created_at, w.created_by, w.updated_at, w.updated_by
        FROM research.works w
        """;

    private const string ById = SelectFrom + " WHERE w.id = @Id";

    public Guid Id { get; set; }
    public string PublicationCode { get; set; } = string.Empty;
    public WorkType Type { get; set; }
    public Guid? SeriesId { get; set; }
    public string? SeriesNumber { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEs { get; set; }
    public string? SubtitleEn { get; set; }
    public string? SubtitleFr { get; set; }
    public string? SubtitleEs { get; set; }
    public string OriginalLanguage { get; set; } = string.Empty;
    public string Contributors { get; set; } = "[]";
    public string? Licence { get; set; }
    public string Abstracts { get; set; } = "[]";
    public Guid? ProjectId { get; set; }
    public PeerReviewModel PeerReview { get; set; }
    public string Themes { get; set; } = "[]";
    public string Countries { get; set; } = "[]";
    public string GcmObjectives { get; set; } = "[]";
    public int? ProgrammeYear { get; set; }
    public int? PlannedQuarter { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public WorkStatus Status { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public LocalizedText Title => new(TitleEn, TitleFr, TitleEs);

    public LocalizedText? Subtitle => LocalizedText.From(SubtitleEn, SubtitleFr, SubtitleEs);

    public IReadOnlyList<Contributor> ContributorList => JsonColumn.Read<Contributor>(Contributors);

    public IReadOnlyList<WorkAbstract> AbstractList => JsonColumn.Read<WorkAbstract>(Abstracts);

    /// <summary>The title in <paramref name="language"/>, else in the original language, else the first given.</summary>
    public (string Text, string Language) TitleIn(string language) =>
        Title.In(language) is { } exact ? (exact, language)
        : Title.In(OriginalLanguage) is { } original ? (original, OriginalLanguage)
        : (TitleEn ?? TitleFr ?? TitleEs ?? PublicationCode, TitleEn is not null ? "en" : TitleFr is not null ? "fr" : "es");

    public static async Task<WorkRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<WorkRow>(ById, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("work", id);

    public WorkDetails ToResponse(IReadOnlyList<ClearanceDetails> clearances) => new(
        Id, PublicationCode, Type, SeriesId, SeriesNumber, Title, Subtitle, OriginalLanguage, ContributorList, Licence, AbstractList, ProjectId, PeerReview,
        JsonColumn.Read<string>(Themes), JsonColumn.Read<string>(Countries), JsonColumn.Read<int>(GcmObjectives), ProgrammeYear, PlannedQuarter,
        PublishedOn, Status, clearances, WorkRules.Machine.AllowedActions(Status), Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}

/// <summary>Reads works with their clearances.</summary>
internal static class WorkReader
{
    public static async Task<WorkDetails> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken)
    {
        var row = await WorkRow.GetAsync(db, id, cancellationToken);
        var clearances = await Clearances.ReadAsync(db, [id], cancellationToken);
        return row.ToResponse(clearances[id].ToList());
    }
}
