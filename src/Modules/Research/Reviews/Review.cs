using Iom.SharedKernel.Data;
using System.Data.Common;
using Dapper;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;

namespace Iom.Modules.Research.Reviews;

internal enum ReviewAssignmentStatus
{
    Invited,
    Accepted,
    Declined,
    Submitted,
}

internal enum Recommendation
{
    Accept,
    Minor,
    Major,
    Reject,
}

internal static class ReviewRules
{
    public static readonly StateMachine<ReviewAssignmentStatus> Machine = new StateMachine<ReviewAssignmentStatus>("review assignment")
        .Allow("accept", ReviewAssignmentStatus.Accepted, ReviewAssignmentStatus.Invited)
        .Allow("decline", ReviewAssignmentStatus.Declined, ReviewAssignmentStatus.Invited)
        .Allow("submit", ReviewAssignmentStatus.Submitted, ReviewAssignmentStatus.Accepted);

    public static readonly string[] OpenStatuses = ["invited", "accepted"];

    /// <summary>Whole days past the due date while the review is still owed; 0 otherwise.</summary>
    public static int DaysOverdue(ReviewAssignmentStatus status, DateOnly dueOn, DateOnly today) =>
        status is ReviewAssignmentStatus.Invited or ReviewAssignmentStatus.Accepted && today > dueOn ? today.DayNumber - dueOn.DayNumber : 0;
}

/// <summary>A reviewer's assignment in a review round.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="RoundId">The review round.</param>
/// <param name="RoundNumber">The round's number for its work (1, 2...).</param>
/// <param name="WorkId">The work under review.</param>
/// <param name="Reviewer">The reviewer.</param>
/// <param name="ReviewerOrcid">The reviewer's ORCID iD.</param>
/// <param name="InvitedOn">When the reviewer was invited.</param>
/// <param name="DueOn">When the review is due.</param>
/// <param name="Status">invited → accepted or declined; accepted → submitted.</param>
/// <param name="Recommendation">The reviewer's recommendation, once submitted.</param>
/// <param name="SubmittedAt">When the review was submitted.</param>
/// <param name="DaysOverdue">Days past due while the review is owed; 0 otherwise.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When the invitation was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record ReviewAssignmentDetails(
    Guid Id,
    Guid RoundId,
    int RoundNumber,
    Guid WorkId,
    string Reviewer,
    string? ReviewerOrcid,
    DateOnly InvitedOn,
    DateOnly DueOn,
    ReviewAssignmentStatus Status,
    Recommendation? Recommendation,
    DateTimeOffset? SubmittedAt,
    int DaysOverdue,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

/// <summary>A round of peer review of a work.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="WorkId">The work.</param>
/// <param name="Number">1 for the first round, 2 after revisions...</param>
/// <param name="OpenedOn">When it opened.</param>
/// <param name="Status">open, or closed once a later round opens.</param>
/// <param name="Assignments">Its reviewers.</param>
internal sealed record ReviewRoundDetails(Guid Id, Guid WorkId, int Number, DateOnly OpenedOn, string Status, IReadOnlyList<ReviewAssignmentDetails> Assignments);

internal sealed class ReviewAssignmentRow
{
    public const string SelectFrom = """
        SELECT a.id, a.round_id, r.number AS round_number, a.work_id, a.reviewer, a.reviewer_orcid, a.invited_on, a.due_on, a.status,
               a.recommendation, a.submitted_at, a.version, a.created_at, a.created_by, a.updated_at, a.updated_by
        FROM research.review_assignments a
        JOIN research.review_rounds r ON r.id = a.round_id
        """;

    private const string ById = SelectFrom + " WHERE a.id = @Id";

    public Guid Id { get; set; }
    public Guid RoundId { get; set; }
    public int RoundNumber { get; set; }
    public Guid WorkId { get; set; }
    public string Reviewer { get; set; } = string.Empty;
    public string? ReviewerOrcid { get; set; }
    public DateOnly InvitedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public ReviewAssignmentStatus Status { get; set; }
    public Recommendation? Recommendation { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<ReviewAssignmentRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<ReviewAssignmentRow>(ById, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("review assignment", id);

    public ReviewAssignmentDetails ToResponse(DateOnly today) => new(
        Id, RoundId, RoundNumber, WorkId, Reviewer, ReviewerOrcid, InvitedOn, DueOn, Status, Recommendation, SubmittedAt,
        ReviewRules.DaysOverdue(Status, DueOn, today), ReviewRules.Machine.AllowedActions(Status), Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}

internal sealed class ReviewRoundRow
{
    public Guid Id { get; set; }
    public Guid WorkId { get; set; }
    public int Number { get; set; }
    public DateOnly OpenedOn { get; set; }
    public string Status { get; set; } = string.Empty;
}

internal static class ReviewRounds
{
    public const string Open = "open";
    public const string Closed = "closed";

    private const string RoundsSql = "SELECT id, work_id, number, opened_on, status FROM research.review_rounds WHERE work_id = @WorkId ORDER BY number";
    private const string RoundSql = "SELECT id, work_id, number, opened_on, status FROM research.review_rounds WHERE id = @Id";

    public static async Task<ReviewRoundRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<ReviewRoundRow>(RoundSql, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("review round", id);

    public static async Task<IReadOnlyList<ReviewRoundDetails>> ForWorkAsync(
        IDbSession db, Guid workId, DateOnly today, CancellationToken cancellationToken)
    {
        var rounds = await db.QueryAsync<ReviewRoundRow>(RoundsSql, new { WorkId = workId }, cancellationToken);
        var assignments = (await db.QueryAsync<ReviewAssignmentRow>(ReviewAssignmentRow.SelectFrom + " WHERE a.work_id = @WorkId ORDER BY a.created_at, a.id", new { WorkId = workId }, cancellationToken))
            .ToLookup(a => a.RoundId);
        return rounds.Select(r => new ReviewRoundDetails(r.Id, r.WorkId, r.Number, r.OpenedOn, r.Status, assignments[r.Id].Select(a => a.ToResponse(today)).ToList())).ToList();
    }
}
