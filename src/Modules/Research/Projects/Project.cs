using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.Research.Projects;

internal enum ProjectStatus
{
    Proposed,
    Approved,
    Active,
    Completed,
    Suspended,
    Cancelled,
}

internal enum EthicsReviewStatus
{
    NotRequired,
    Pending,
    Approved,
    Rejected,
}

internal static class ProjectRules
{
    public static readonly StateMachine<ProjectStatus> Machine = new StateMachine<ProjectStatus>("research project")
        .Allow("approve", ProjectStatus.Approved, ProjectStatus.Proposed)
        .Allow("start", ProjectStatus.Active, ProjectStatus.Approved)
        .Allow("complete", ProjectStatus.Completed, ProjectStatus.Active)
        .Allow("suspend", ProjectStatus.Suspended, ProjectStatus.Active)
        .Allow("resume", ProjectStatus.Active, ProjectStatus.Suspended)
        .Allow("cancel", ProjectStatus.Cancelled, ProjectStatus.Proposed, ProjectStatus.Approved, ProjectStatus.Active, ProjectStatus.Suspended);
}

/// <summary>A project's ethics review.</summary>
/// <param name="Required">Whether the project needs one (research with human participants does).</param>
/// <param name="Status">notRequired, pending, approved or rejected; a project that needs one cannot be approved before it is approved.</param>
/// <param name="Reference">The review board's reference.</param>
internal sealed record EthicsReview(bool Required, EthicsReviewStatus Status, string? Reference);

/// <summary>A policy-oriented or operational research project.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Title">Title per language.</param>
/// <param name="Lead">The researcher who leads it.</param>
/// <param name="Team">Its other researchers.</param>
/// <param name="Partners">Partner institutions.</param>
/// <param name="Funders">Who funds it.</param>
/// <param name="StartDate">When it starts.</param>
/// <param name="EndDate">When it ends.</param>
/// <param name="Methods">Its methods, in brief.</param>
/// <param name="EthicsReview">Its ethics review.</param>
/// <param name="Outputs">Its planned or produced outputs (publication codes, datasets).</param>
/// <param name="GcmObjectives">Objectives of the Global Compact for Migration (1 to 23) it serves.</param>
/// <param name="Status">proposed → approved → active → completed; suspended and resumed; or cancelled.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was proposed.</param>
/// <param name="CreatedBy">Who proposed it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record ProjectDetails(
    Guid Id,
    LocalizedText Title,
    string Lead,
    IReadOnlyList<string> Team,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Funders,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Methods,
    EthicsReview EthicsReview,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<int> GcmObjectives,
    ProjectStatus Status,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

internal sealed class ProjectRow
{
    public const string SelectFrom = """
        SELECT p.id, p.title_en, p.title_fr, p.title_es, p.lead, p.team, p.partners, p.funders, p.start_date, p.end_date, p.methods,
               p.ethics_required, p.ethics_status, p.ethics_reference, p.outputs, p.gcm_objectives, p.status,
               p.version, p.created_at, p.created_by, p.updated_at, p.updated_by
        FROM research.projects p
        """;

    private const string ById = SelectFrom + " WHERE p.id = @Id";

    public Guid Id { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEs { get; set; }
    public string Lead { get; set; } = string.Empty;
    public string Team { get; set; } = "[]";
    public string Partners { get; set; } = "[]";
    public string Funders { get; set; } = "[]";
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Methods { get; set; }
    public bool EthicsRequired { get; set; }
    public EthicsReviewStatus EthicsStatus { get; set; }
    public string? EthicsReference { get; set; }
    public string Outputs { get; set; } = "[]";
    public string GcmObjectives { get; set; } = "[]";
    public ProjectStatus Status { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<ProjectRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<ProjectRow>(ById, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("research project", id);

    /// <summary>The project, or null: for a reference in a body, where an unknown id is a 400, not a 404.</summary>
    public static Task<ProjectRow?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<ProjectRow>(ById, new { Id = id }, cancellationToken);

    public ProjectDetails ToResponse() => new(
        Id, new LocalizedText(TitleEn, TitleFr, TitleEs), Lead, JsonColumn.Read<string>(Team), JsonColumn.Read<string>(Partners),
        JsonColumn.Read<string>(Funders), StartDate, EndDate, Methods, new EthicsReview(EthicsRequired, EthicsStatus, EthicsReference),
        JsonColumn.Read<string>(Outputs), JsonColumn.Read<int>(GcmObjectives), Status, AllowedActions(),
        Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);

    // What would succeed now: approval waits for a required ethics review.
    private IReadOnlyList<string> AllowedActions() =>
        [.. ProjectRules.Machine.AllowedActions(Status).Where(a => a != "approve" || !EthicsRequired || EthicsStatus == EthicsReviewStatus.Approved)];
}
