using Dapper;
using Iom.Modules.DonorRelations.Donors;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;

namespace Iom.Modules.DonorRelations.Reporting;

internal enum ReportKind
{
    Narrative,
    Financial,
    Interim,
    Final,
    Audit,
}

internal enum ReportStatus
{
    Scheduled,
    InPreparation,
    Submitted,
    Accepted,
    RevisionRequested,
    Resubmitted,
}

internal static class ReportRules
{
    public static readonly StateMachine<ReportStatus> Machine = new StateMachine<ReportStatus>("reporting requirement")
        .Allow("start", ReportStatus.InPreparation, ReportStatus.Scheduled)
        .Allow("submit", ReportStatus.Submitted, ReportStatus.Scheduled, ReportStatus.InPreparation)
        .Allow("accept", ReportStatus.Accepted, ReportStatus.Submitted, ReportStatus.Resubmitted)
        .Allow("request-revision", ReportStatus.RevisionRequested, ReportStatus.Submitted, ReportStatus.Resubmitted)
        .Allow("resubmit", ReportStatus.Resubmitted, ReportStatus.RevisionRequested);

    public static readonly string[] OwedStatuses = ["scheduled", "inPreparation", "revisionRequested"];

    /// <summary>Overdue: still owed by IOM (not yet submitted, or sent back) after its due date.</summary>
    public static int DaysOverdue(ReportStatus status, DateOnly dueOn, DateOnly today) =>
        status is ReportStatus.Scheduled or ReportStatus.InPreparation or ReportStatus.RevisionRequested && today > dueOn ? today.DayNumber - dueOn.DayNumber : 0;
}

/// <summary>A report IOM owes a donor under an agreement.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="AgreementId">The agreement.</param>
/// <param name="AgreementReference">The agreement's reference.</param>
/// <param name="DonorId">The donor.</param>
/// <param name="Kind">narrative, financial, interim, final or audit.</param>
/// <param name="Template">The Grand Bargain 8+3 template, or the donor's own.</param>
/// <param name="PeriodStart">First day the report covers.</param>
/// <param name="PeriodEnd">Last day it covers.</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="Status">scheduled → inPreparation → submitted → accepted, or revisionRequested → resubmitted.</param>
/// <param name="SubmittedOn">When it was last submitted.</param>
/// <param name="Overdue">Still owed after its due date.</param>
/// <param name="DaysOverdue">Days past due while owed; 0 otherwise.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was scheduled.</param>
/// <param name="CreatedBy">Who scheduled it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record ReportingRequirementDetails(
    Guid Id, Guid AgreementId, string AgreementReference, Guid DonorId, ReportKind Kind, ReportingTemplate Template, DateOnly PeriodStart, DateOnly PeriodEnd,
    DateOnly DueOn, ReportStatus Status, DateOnly? SubmittedOn, bool Overdue, int DaysOverdue, IReadOnlyList<string> AllowedActions,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

internal sealed class ReportingRequirementRow
{
    public const string SelectFrom = """
        SELECT r.id, r.agreement_id, g.reference AS agreement_reference, g.donor_id, r.kind, r.template, r.period_start, r.period_end, r.due_on, r.status,
               r.submitted_on, r.version, r.created_at, r.created_by, r.updated_at, r.updated_by
        FROM donor_relations.reporting_requirements r
        JOIN donor_relations.agreements g ON g.id = r.agreement_id
        """;

    private const string ById = SelectFrom + " WHERE r.id = @Id";

    public Guid Id { get; set; }
    public Guid AgreementId { get; set; }
    public string AgreementReference { get; set; } = string.Empty;
    public Guid DonorId { get; set; }
    public ReportKind Kind { get; set; }
    public ReportingTemplate Template { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public DateOnly DueOn { get; set; }
    public ReportStatus Status { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<ReportingRequirementRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<ReportingRequirementRow>(ById, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("reporting requirement", id);

    public ReportingRequirementDetails ToResponse(DateOnly today)
    {
        var days = ReportRules.DaysOverdue(Status, DueOn, today);
        return new(
            Id, AgreementId, AgreementReference, DonorId, Kind, Template, PeriodStart, PeriodEnd, DueOn, Status, SubmittedOn, days > 0, days,
            ReportRules.Machine.AllowedActions(Status), Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
    }
}
