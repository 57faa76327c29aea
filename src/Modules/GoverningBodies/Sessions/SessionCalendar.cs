using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>Sessions as an RFC 5545 calendar, one all-day event each, so staff can subscribe to them.</summary>
internal static class SessionCalendar
{
    public const string MediaType = "text/calendar";

    /// <summary>
    /// Calendar applications subscribe by address and send no token (docs/adr/0020): without one, a feed shows the sessions
    /// of bodies that meet in public; with governing-bodies:read, every session.
    /// </summary>
    public const string PublicOnly = "NOT EXISTS (SELECT 1 FROM governing_bodies.bodies b WHERE b.code = s.body_code AND b.meets_in_private = 1)";

    public const string Access =
        "Needs no token: without one (as calendar applications subscribe), only sessions of bodies that meet in public are shown; "
        + "with a token that has governing-bodies:read, every session.";

    public static string Build(IEnumerable<SessionDetails> sessions, string language)
    {
        var calendar = new Calendar { ProductId = "-//IOM//Divisions API Governing Bodies//EN" };
        calendar.AddProperty("X-WR-CALNAME", "IOM governing bodies sessions");
        foreach (var session in sessions)
        {
            calendar.Events.Add(ToEvent(session, language));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalendarEvent ToEvent(SessionDetails session, string language)
    {
        var title = Pick(session.Title, language) ?? session.SymbolPrefix ?? session.Body;
        var theme = session.Theme is null ? null : Pick(session.Theme, language);
        return new CalendarEvent
        {
            Uid = $"{session.Id}@governing-bodies.divisions-api.iom.int",
            Summary = title,
            Location = session.Venue,
            Description = string.Join("\n", new[] { session.SymbolPrefix, theme, $"Format: {session.Format}" }.Where(s => s is not null)),
            Start = new CalDateTime(session.StartDate),
            End = new CalDateTime(session.EndDate.AddDays(1)),
            Status = session.Status switch
            {
                SessionStatus.Cancelled => EventStatus.Cancelled,
                SessionStatus.Planned => EventStatus.Tentative,
                _ => EventStatus.Confirmed,
            },
            Sequence = session.Version,
            DtStamp = new CalDateTime(session.UpdatedAt.UtcDateTime, "UTC"),
            LastModified = new CalDateTime(session.UpdatedAt.UtcDateTime, "UTC"),
        };
    }

    /// <summary>The text in <paramref name="language"/>, else in the first language it is given in.</summary>
    public static string? Pick(Iom.SharedKernel.Text.LocalizedText text, string language) =>
        (language switch { "fr" => text.Fr, "es" => text.Es, _ => text.En }) ?? text.En ?? text.Fr ?? text.Es;
}
