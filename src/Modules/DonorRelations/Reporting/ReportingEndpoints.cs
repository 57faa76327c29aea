using Iom.SharedKernel.Time;
using Iom.SharedKernel.Data;
using FluentValidation;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Reporting;

/// <summary>Schedule a report owed under an agreement.</summary>
/// <param name="Kind">narrative, financial, interim, final or audit.</param>
/// <param name="Template">grandBargain8Plus3 or donorSpecific; default: the donor's preference.</param>
/// <param name="PeriodStart">First day it covers.</param>
/// <param name="PeriodEnd">Last day it covers.</param>
/// <param name="DueOn">When it is due; not before the period ends.</param>
[ValidatedAs(typeof(ScheduleReportCommand))]
internal sealed record ScheduleReportRequest(ReportKind? Kind, ReportingTemplate? Template, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn);

internal sealed record ScheduleReportCommand(Guid AgreementId, ReportKind? Kind, ReportingTemplate? Template, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn)
    : ICommand<ReportingRequirementDetails>;

internal sealed class ScheduleReportCommandValidator : AbstractValidator<ScheduleReportCommand>
{
    public ScheduleReportCommandValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Template).IsInEnum();
        RuleFor(c => c.PeriodStart).NotEmpty();
        RuleFor(c => c.PeriodEnd).GreaterThanOrEqualTo(c => c.PeriodStart).WithMessage("The period cannot end before it starts.");
        RuleFor(c => c.DueOn).GreaterThanOrEqualTo(c => c.PeriodEnd).WithMessage("A report falls due after the period it covers.");
    }
}

/// <summary>Reporting requirements, soonest due first.</summary>
/// <param name="AgreementId">Only this agreement's reports.</param>
/// <param name="Status">Only reports in this status.</param>
/// <param name="DueBefore">Only reports due on or before this day.</param>
/// <param name="Overdue">true: only reports still owed past their due date.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListReportsQuery(Guid? AgreementId, [property: QueryEnum(typeof(ReportStatus))] string? Status, DateOnly? DueBefore, bool? Overdue, int? Limit, string? Cursor)
    : IQuery<Page<ReportingRequirementDetails>>;

internal sealed class ListReportsQueryValidator : AbstractValidator<ListReportsQuery>
{
    public ListReportsQueryValidator() => RuleFor(q => q.Status).EnumName<ListReportsQuery, ReportStatus>();
}

internal sealed record GetReportQuery(Guid Id) : IQuery<ReportingRequirementDetails>;

/// <summary>The reports still owed (not accepted), as an iCalendar feed.</summary>
internal sealed record GetReportingCalendarQuery : IQuery<string>;

/// <summary>Start, submit, accept, request a revision of, or resubmit a report.</summary>
internal sealed record ChangeReportStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<ReportingRequirementDetails>;

internal sealed class ScheduleReportCommandHandler(WriteSession write) : ICommandHandler<ScheduleReportCommand, ReportingRequirementDetails>
{
    private const string InsertSql = """
        INSERT INTO donor_relations.reporting_requirements (id, agreement_id, kind, template, period_start, period_end, due_on, status, submitted_on, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @AgreementId, @Kind, @Template, @PeriodStart, @PeriodEnd, @DueOn, @Status, NULL, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<ReportingRequirementDetails> Handle(ScheduleReportCommand command, CancellationToken cancellationToken)
    {
        var agreement = await AgreementRow.FindAsync(write, command.AgreementId, cancellationToken) ?? throw new NotFoundException("agreement", command.AgreementId);
        if (agreement.Status is AgreementStatus.Closed or AgreementStatus.Terminated)
        {
            throw new ConflictException("Agreement ended", $"The agreement is '{agreement.Status.ToText()}'; no new report can be owed under it.", "agreement-ended");
        }

        var donor = await DonorRow.GetAsync(write, agreement.DonorId, cancellationToken);
        var id = Guid.CreateVersion7();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.AgreementId, Kind = command.Kind!.Value.ToText(), Template = (command.Template ?? donor.ReportingTemplate).ToText(),
            command.PeriodStart, command.PeriodEnd, command.DueOn, Status = ReportStatus.Scheduled.ToText(), write.Now, write.By,
        }, cancellationToken);
        var report = (await ReportingRequirementRow.GetAsync(write, id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.ReportingRequirement, id, "create", null, report, cancellationToken);
        return report;
    }
}

internal sealed class ListReportsQueryHandler(DonorRelationsDatabase db, TimeProvider clock) : IQueryHandler<ListReportsQuery, Page<ReportingRequirementDetails>>
{
    private static readonly KeysetList<ReportingRequirementRow> List = new(
        "r.id", r => r.Id, "dueOn", new SortableField<ReportingRequirementRow>("dueOn", "r.due_on", KeyKind.Date, r => r.DueOn));

    public async ValueTask<Page<ReportingRequirementDetails>> Handle(ListReportsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var filter = new SqlFilter()
            .WhereIf(query.AgreementId is not null, "r.agreement_id = @AgreementId", new { query.AgreementId })
            .WhereIf(query.Status is not null, "r.status = @Status", new { query.Status })
            .WhereIf(query.DueBefore is not null, "r.due_on <= @DueBefore", new { query.DueBefore })
            .WhereIf(query.Overdue == true, "r.status IN @Owed AND r.due_on < @Today", new { Owed = ReportRules.OwedStatuses, Today = today });
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, ReportingRequirementRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse(today));
    }
}

internal sealed class GetReportQueryHandler(DonorRelationsDatabase db, TimeProvider clock) : IQueryHandler<GetReportQuery, ReportingRequirementDetails>
{
    public async ValueTask<ReportingRequirementDetails> Handle(GetReportQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await ReportingRequirementRow.GetAsync(read, query.Id, cancellationToken)).ToResponse(clock.Today());
    }
}

internal sealed class GetReportingCalendarQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetReportingCalendarQuery, string>
{
    private const string Sql = """
        SELECT r.id, r.agreement_id, g.reference AS agreement_reference, g.donor_id, r.kind, r.template, r.period_start, r.period_end, r.due_on, r.status,
               r.submitted_on, r.version, r.created_at, r.created_by, r.updated_at, r.updated_by, d.name AS donor_name
        FROM donor_relations.reporting_requirements r
        JOIN donor_relations.agreements g ON g.id = r.agreement_id
        JOIN donor_relations.donors d ON d.id = g.donor_id
        WHERE r.status <> 'accepted'
        ORDER BY r.due_on, r.id
        """;

    public async ValueTask<string> Handle(GetReportingCalendarQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var rows = await read.QueryAsync<CalendarRow>(Sql, null, cancellationToken);
        var calendar = new Calendar { ProductId = "-//IOM//Divisions API Donor Relations//EN" };
        calendar.AddProperty("X-WR-CALNAME", "IOM donor reports due");
        foreach (var r in rows)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{r.Id}@donor-relations.divisions-api.iom.int",
                Summary = $"{r.Kind.ToText()} report due to {r.DonorName} ({r.AgreementReference})",
                Description = $"Period {r.PeriodStart:yyyy-MM-dd} to {r.PeriodEnd:yyyy-MM-dd}; template {r.Template.ToText()}; status {r.Status.ToText()}.",
                Start = new CalDateTime(r.DueOn),
                End = new CalDateTime(r.DueOn.AddDays(1)),
                Sequence = r.Version,
                DtStamp = new CalDateTime(r.UpdatedAt.UtcDateTime, "UTC"),
                LastModified = new CalDateTime(r.UpdatedAt.UtcDateTime, "UTC"),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private sealed class CalendarRow
    {
        public Guid Id { get; set; }
        public string AgreementReference { get; set; } = string.Empty;
        public ReportKind Kind { get; set; }
        public ReportingTemplate Template { get; set; }
        public DateOnly PeriodStart { get; set; }
        public DateOnly PeriodEnd { get; set; }
        public DateOnly DueOn { get; set; }
        public ReportStatus Status { get; set; }
        public int Version { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public string DonorName { get; set; } = string.Empty;
    }
}

internal sealed class ChangeReportStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangeReportStatusCommand, ReportingRequirementDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.reporting_requirements
        SET status = @Status, submitted_on = CASE WHEN @Submits = 1 THEN @Today ELSE submitted_on END, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ReportingRequirementDetails> Handle(ChangeReportStatusCommand command, CancellationToken cancellationToken)
    {
        var before = (await ReportingRequirementRow.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = ReportRules.Machine.Apply(command.Action, before.Status);
        var submits = next is ReportStatus.Submitted or ReportStatus.Resubmitted ? 1 : 0;
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), Submits = submits, write.Today, write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var report = (await ReportingRequirementRow.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.ReportingRequirement, command.Id, command.Action, before, report, cancellationToken);
        return report;
    }
}

internal static class ReportingEndpoints
{
    public const string CalendarMediaType = "text/calendar";

    public static void Map(RouteGroupBuilder module)
    {
        module.MapPost("/agreements/{agreementId:guid}/reports", async (Guid agreementId, ScheduleReportRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var report = await sender.Send(new ScheduleReportCommand(agreementId, request.Kind, request.Template, request.PeriodStart, request.PeriodEnd, request.DueOn), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/donor-relations/reports/{report.Id}", report);
            })
            .WithName("DonorRelations_ScheduleReport")
            .WithSummary("Schedule a report owed to the donor under an agreement")
            .Produces<ReportingRequirementDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        ResourceEndpoints.MapList<ListReportsQuery, Page<ReportingRequirementDetails>>(module, "/reports", "DonorRelations_ListReports", "The reporting calendar: reports by due date, with overdue computed");
        module.MapGet("/reports/calendar", async (ISender sender, CancellationToken ct) => Results.Text(await sender.Send(new GetReportingCalendarQuery(), ct), CalendarMediaType))
            .WithName("DonorRelations_GetReportingCalendar")
            .WithSummary("Subscribe to the reports still owed as iCalendar (text/calendar)")
            .Produces<string>(StatusCodes.Status200OK, CalendarMediaType);
        ResourceEndpoints.MapGetById(module, "/reports/{id:guid}", id => new GetReportQuery(id), "DonorRelations_GetReport", "Get a reporting requirement");
        ActionEndpoints.Map(module, "reports", (id, action, version) => new ChangeReportStatusCommand(id, action, version),
            new StatusAction("start", "DonorRelations_StartReport", "Start preparing a report"),
            new StatusAction("submit", "DonorRelations_SubmitReport", "Submit a report to the donor"),
            new StatusAction("accept", "DonorRelations_AcceptReport", "Record the donor's acceptance of a report"),
            new StatusAction("request-revision", "DonorRelations_RequestReportRevision", "Record the donor's request to revise a report"),
            new StatusAction("resubmit", "DonorRelations_ResubmitReport", "Submit a revised report"));
    }
}
