using Dapper;
using Iom.Modules.GoverningBodies.Officers;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.Modules.GoverningBodies.Speakers;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Sittings;

/// <summary>A session's timetable: its officers and its sittings in the order they meet, each with its items and speakers.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="SymbolPrefix">Prefix of the session's documents' symbols.</param>
/// <param name="Title">The session's title.</param>
/// <param name="Venue">Where it meets.</param>
/// <param name="Officers">The Chair, the Vice-Chairs and the Rapporteur, once elected.</param>
/// <param name="Sittings">Its sittings by date and time (cancelled ones included, marked so).</param>
internal sealed record SessionTimetable(
    Guid SessionId, string? SymbolPrefix, LocalizedText Title, string Venue, IReadOnlyList<OfficerDetails> Officers, IReadOnlyList<TimetableSitting> Sittings);

/// <summary>One sitting in a timetable.</summary>
/// <param name="Sitting">The sitting.</param>
/// <param name="PresidingOfficer">Who presides, when named.</param>
/// <param name="Items">The items it takes up, in order, each with its speakers in speaking order.</param>
internal sealed record TimetableSitting(SittingDetails Sitting, OfficerDetails? PresidingOfficer, IReadOnlyList<TimetableItem> Items);

/// <summary>An agenda item a sitting takes up, with its list of speakers.</summary>
/// <param name="Item">The agenda item.</param>
/// <param name="Speakers">Its speakers at this sitting, in speaking order.</param>
internal sealed record TimetableItem(SittingItem Item, IReadOnlyList<SpeakerDetails> Speakers);

internal static class SessionTimetables
{
    private const string SittingsSql = SittingRow.SelectFrom + """
         WHERE t.session_id = @SessionId AND (@PublicOnly = 0 OR t.access = 'public')
        ORDER BY t.sitting_date, t.starts_at, t.number
        """;

    private const string OfficersSql = OfficerRow.SelectFrom + """
         WHERE o.session_id = @SessionId
        ORDER BY CASE o.role WHEN 'chair' THEN 1 WHEN 'viceChair' THEN 2 ELSE 3 END, o.elected_on, o.id
        """;

    /// <summary>The timetable of <paramref name="session"/>; <paramref name="publicOnly"/> leaves out sittings held in private.</summary>
    public static async Task<SessionTimetable> ReadAsync(IDbSession db, SessionRow session, bool publicOnly, CancellationToken cancellationToken)
    {
        var rows = (await db.QueryAsync<SittingRow>(SittingsSql, new { SessionId = session.Id, PublicOnly = publicOnly }, cancellationToken)).ToList();
        var sittings = await SittingRow.ToResponsesAsync(db, rows, cancellationToken);
        var officers = (await db.QueryAsync<OfficerRow>(OfficersSql, new { SessionId = session.Id }, cancellationToken)).Select(o => o.ToResponse()).ToList();
        var speakers = (await SpeakerRow.ForSittingsAsync(db, sittings.Select(s => s.Id).ToList(), cancellationToken)).ToLookup(s => (s.SittingId, s.AgendaItemId));
        return new SessionTimetable(
            session.Id, session.SymbolPrefix, new LocalizedText(session.TitleEn, session.TitleFr, session.TitleEs), session.Venue, officers,
            sittings.Select(s => new TimetableSitting(
                s,
                officers.FirstOrDefault(o => o.Id == s.PresidingOfficerId),
                s.AgendaItems.Select(i => new TimetableItem(i, speakers[(s.Id, i.Id)].ToList())).ToList())).ToList());
    }
}
