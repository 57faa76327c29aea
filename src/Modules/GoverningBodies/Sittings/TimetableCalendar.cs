using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Iom.Modules.GoverningBodies.Officers;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Sittings;

/// <summary>
/// A session's timetable as an RFC 5545 calendar: one timed event per sitting in the venue's time zone (with its VTIMEZONE),
/// the presiding officer as the CHAIR attendee, and the items and speakers in the description (what Indico's users asked of its export).
/// </summary>
internal static class TimetableCalendar
{
    public static string Build(SessionTimetable timetable, string language)
    {
        var title = SessionCalendar.Pick(timetable.Title, language) ?? timetable.SymbolPrefix ?? "Session";
        var calendar = new Ical.Net.Calendar { ProductId = "-//IOM//Divisions API Governing Bodies//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"{title}: timetable");
        // Each zone's rules from the first sitting held in it (or from today, for sittings ahead: Ical.Net reads the zone's
        // history from that day up to now, and fails when it lies in the future), so every event's offset is in the calendar.
        foreach (var zone in timetable.Sittings.GroupBy(s => s.Sitting.TimeZone, StringComparer.Ordinal))
        {
            var first = zone.Min(s => s.Sitting.Date).ToDateTime(TimeOnly.MinValue);
            var earliest = first < DateTime.UtcNow.Date ? first : DateTime.UtcNow.Date;
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Key, earliest, includeHistoricalData: false));
        }

        foreach (var sitting in timetable.Sittings)
        {
            calendar.Events.Add(ToEvent(timetable, title, sitting, language));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalendarEvent ToEvent(SessionTimetable timetable, string title, TimetableSitting entry, string language)
    {
        var sitting = entry.Sitting;
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{sitting.Id}@governing-bodies.divisions-api.iom.int",
            Summary = $"{title}: meeting {sitting.Number.ToString(CultureInfo.InvariantCulture)}",
            Start = new CalDateTime(sitting.Date.ToDateTime(sitting.StartTime), sitting.TimeZone),
            End = new CalDateTime(sitting.Date.ToDateTime(sitting.EndTime), sitting.TimeZone),
            Location = sitting.Room is null ? timetable.Venue : $"{sitting.Room}, {timetable.Venue}",
            Description = Describe(entry, language),
            Class = sitting.Access == SittingAccess.Private ? "PRIVATE" : "PUBLIC",
            Status = sitting.Status == SittingStatus.Cancelled ? Ical.Net.EventStatus.Cancelled : Ical.Net.EventStatus.Confirmed,
            Sequence = sitting.Version,
            DtStamp = new CalDateTime(sitting.UpdatedAt.UtcDateTime, "UTC"),
            LastModified = new CalDateTime(sitting.UpdatedAt.UtcDateTime, "UTC"),
        };
        if (sitting.WebcastUrl is not null)
        {
            calendarEvent.Url = new Uri(sitting.WebcastUrl);
        }

        if (entry.PresidingOfficer is { } chair)
        {
            calendarEvent.Attendees.Add(new Attendee($"urn:uuid:{chair.Id}") { CommonName = chair.Name, Role = "CHAIR" });
        }

        return calendarEvent;
    }

    private static string Describe(TimetableSitting entry, string language)
    {
        var lines = new List<string>();
        if (entry.PresidingOfficer is { } chair)
        {
            lines.Add($"Presiding: {chair.Name}{(chair.Country is null ? string.Empty : $" ({CountryName(chair.Country)})")}, {RoleName(chair.Role)}");
        }

        foreach (var item in entry.Items)
        {
            lines.Add($"Item {item.Item.Number}: {SessionCalendar.Pick(item.Item.Title, language)}");
            if (item.Speakers.Count > 0)
            {
                lines.Add("  Speakers: " + string.Join("; ", item.Speakers.Select(s => s.Line())));
            }
        }

        return string.Join("\n", lines);
    }

    private static string RoleName(OfficerRole role) => role switch
    {
        OfficerRole.Chair => "Chair",
        OfficerRole.ViceChair => "Vice-Chair",
        _ => "Rapporteur",
    };

    private static string CountryName(string code) => Countries.TryFind(code, out var country) ? country.Name.En ?? code : code;
}
