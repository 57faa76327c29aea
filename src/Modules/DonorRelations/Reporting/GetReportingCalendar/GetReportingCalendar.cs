using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.DonorRelations.Reporting;

/// <summary>The reports still owed (not accepted), as an iCalendar feed.</summary>
internal sealed record GetReportingCalendarQuery : IQuery<string>;

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
