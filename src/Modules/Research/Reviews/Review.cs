using Iom.SharedKernel.Domain;
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
