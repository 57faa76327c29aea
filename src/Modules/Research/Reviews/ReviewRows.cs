using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.Research.Reviews;

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

    private const string AssignmentsOfWorkSql = ReviewAssignmentRow.SelectFrom + " WHERE a.work_id = @WorkId ORDER BY a.created_at, a.id";

    public static async Task<IReadOnlyList<ReviewRoundDetails>> ForWorkAsync(
        IDbSession db, Guid workId, DateOnly today, CancellationToken cancellationToken)
    {
        var rounds = await db.QueryAsync<ReviewRoundRow>(RoundsSql, new { WorkId = workId }, cancellationToken);
        var assignments = (await db.QueryAsync<ReviewAssignmentRow>(AssignmentsOfWorkSql, new { WorkId = workId }, cancellationToken))
            .ToLookup(a => a.RoundId);
        return rounds.Select(r => new ReviewRoundDetails(r.Id, r.WorkId, r.Number, r.OpenedOn, r.Status, assignments[r.Id].Select(a => a.ToResponse(today)).ToList())).ToList();
    }
}
