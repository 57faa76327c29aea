using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Sittings;

/// <summary>A sitting's fields once checked against its session, its agenda, its officers and the rooms already booked.</summary>
internal sealed record ResolvedSitting(string TimeZone, SittingAccess Access);

/// <summary>The checks and writes scheduling and correcting a sitting share.</summary>
internal static class SittingWriter
{
    private const string PrivateBodySql = "SELECT meets_in_private FROM governing_bodies.bodies WHERE code = @BodyCode";

    private const string AgendaItemsSql = "SELECT id FROM governing_bodies.agenda_items WHERE session_id = @SessionId AND id IN @Ids";

    private const string OfficerRoleSql = "SELECT role FROM governing_bodies.session_officers WHERE id = @Id AND session_id = @SessionId";

    private const string NumberTakenSql = "SELECT COUNT(*) FROM governing_bodies.sittings WHERE session_id = @SessionId AND number = @Number AND id <> @Id";

    private const string RoomTakenSql = """
        SELECT t.number, s.symbol_prefix AS SymbolPrefix, t.starts_at AS StartsAt, t.ends_at AS EndsAt
        FROM governing_bodies.sittings t
        JOIN governing_bodies.sessions s ON s.id = t.session_id
        WHERE t.room = @Room AND t.sitting_date = @Date AND t.time_zone = @TimeZone AND t.status <> 'cancelled'
          AND t.starts_at < @EndsAt AND t.ends_at > @StartsAt AND t.id <> @Id
        """;

    private const string RemovedWithSpeakersSql = """
        SELECT COUNT(*) FROM governing_bodies.speakers
        WHERE sitting_id = @SittingId AND agenda_item_id NOT IN @Kept
        """;

    private const string DeleteItemsSql = "DELETE FROM governing_bodies.sitting_items WHERE sitting_id = @SittingId";

    private const string InsertItemSql = "INSERT INTO governing_bodies.sitting_items (sitting_id, position, agenda_item_id) VALUES (@SittingId, @Position, @AgendaItemId)";

    /// <summary>A session's timetable is final once the session closes, and a cancelled session has none.</summary>
    public static void EnsureTimetableOpen(SessionRow session)
    {
        if (session.Status is SessionStatus.Closed or SessionStatus.ReportAdopted or SessionStatus.Cancelled)
        {
            throw new ConflictException("Timetable is final", $"The session is '{session.Status.ToText()}'; its sittings can no longer change.", "timetable-final");
        }
    }

    public static async Task<ResolvedSitting> ResolveAsync(IDbSession db, SessionRow session, ISittingFields fields, Guid sittingId, CancellationToken cancellationToken)
    {
        var date = fields.Date!.Value;
        if (date < session.StartDate || date > session.EndDate)
        {
            throw Invalid.Field("date", $"The session meets from {session.StartDate:yyyy-MM-dd} to {session.EndDate:yyyy-MM-dd}.");
        }

        var zone = fields.TimeZone ?? SittingRules.VenueTimeZone(session.Venue)
            ?? throw Invalid.Field("timeZone", $"The session meets in {session.Venue}: name the venue's time zone (IANA, such as Europe/Zurich).");
        var access = fields.Access
            ?? (await db.ExecuteScalarAsync<bool>(PrivateBodySql, new { session.BodyCode }, cancellationToken) ? SittingAccess.Private : SittingAccess.Public);
        await EnsureOnAgendaAsync(db, session.Id, fields.AgendaItemIds ?? [], cancellationToken);
        await EnsurePresidingOfficerAsync(db, session.Id, fields.PresidingOfficerId, cancellationToken);
        if (await db.ExecuteScalarAsync<long>(NumberTakenSql, new { SessionId = session.Id, fields.Number, Id = sittingId }, cancellationToken) > 0)
        {
            throw new DuplicateException("sitting", "number", fields.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (fields.Room is not null)
        {
            var clash = (await db.QueryAsync<RoomBooking>(
                RoomTakenSql, new { fields.Room, Date = date, TimeZone = zone, StartsAt = fields.StartTime, EndsAt = fields.EndTime, Id = sittingId }, cancellationToken)).FirstOrDefault();
            if (clash is not null)
            {
                throw new ConflictException(
                    "Room taken",
                    $"{fields.Room} is booked on {date:yyyy-MM-dd} from {clash.StartsAt:HH\\:mm} to {clash.EndsAt:HH\\:mm} for meeting {clash.Number} of {clash.SymbolPrefix ?? "another session"}.",
                    "room-taken");
            }
        }

        return new ResolvedSitting(zone, access);
    }

    /// <summary>Replaces the agenda items a sitting takes up, in the order given; items with speakers on it stay.</summary>
    public static async Task WriteItemsAsync(WriteSession write, Guid sittingId, IReadOnlyList<Guid> agendaItemIds, CancellationToken cancellationToken)
    {
        if (await write.ExecuteScalarAsync<long>(RemovedWithSpeakersSql, new { SittingId = sittingId, Kept = agendaItemIds.Count == 0 ? [Guid.Empty] : agendaItemIds }, cancellationToken) > 0)
        {
            throw new ConflictException(
                "Agenda item has speakers", "Speakers are inscribed on an item this change takes off the sitting: move or remove them first.", "item-has-speakers");
        }

        await write.ExecuteAsync(DeleteItemsSql, new { SittingId = sittingId }, cancellationToken);
        foreach (var (agendaItemId, index) in agendaItemIds.Select((id, i) => (id, i)))
        {
            await write.ExecuteAsync(InsertItemSql, new { SittingId = sittingId, Position = index + 1, AgendaItemId = agendaItemId }, cancellationToken);
        }
    }

    private static async Task EnsureOnAgendaAsync(IDbSession db, Guid sessionId, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var found = (await db.QueryAsync<Guid>(AgendaItemsSql, new { SessionId = sessionId, Ids = ids }, cancellationToken)).ToHashSet();
        var missing = ids.Where(id => !found.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            throw Invalid.Field("agendaItemIds", $"Not on this session's agenda: {string.Join(", ", missing)}.");
        }
    }

    private static async Task EnsurePresidingOfficerAsync(IDbSession db, Guid sessionId, Guid? officerId, CancellationToken cancellationToken)
    {
        if (officerId is null)
        {
            return;
        }

        var role = await db.QuerySingleOrDefaultAsync<string>(OfficerRoleSql, new { Id = officerId, SessionId = sessionId }, cancellationToken)
            ?? throw Invalid.Field("presidingOfficerId", "Not an officer of this session.");
        if (role == "rapporteur")
        {
            throw Invalid.Field("presidingOfficerId", "The Chair or a Vice-Chair presides over a sitting, not the Rapporteur.");
        }
    }

    private sealed class RoomBooking
    {
        public int Number { get; set; }
        public string? SymbolPrefix { get; set; }
        public TimeOnly StartsAt { get; set; }
        public TimeOnly EndsAt { get; set; }
    }
}
