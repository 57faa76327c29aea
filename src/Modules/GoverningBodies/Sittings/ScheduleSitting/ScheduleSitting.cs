using FluentValidation;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sittings;

/// <summary>Schedule a sitting (meeting) of a session.</summary>
/// <param name="Number">Its number in the session (the 3rd meeting: 3).</param>
/// <param name="Date">The day it meets, within the session's dates.</param>
/// <param name="StartTime">Local time it starts (HH:mm or HH:mm:ss).</param>
/// <param name="EndTime">Local time it ends, the same day.</param>
/// <param name="TimeZone">IANA time zone of the venue; for Geneva (Europe/Zurich) and New York (America/New_York) taken from the session's venue when absent.</param>
/// <param name="Room">The room it meets in; a room holds one sitting at a time.</param>
/// <param name="Access">public or private; private when absent for a body that meets in private (the SCPF), public otherwise.</param>
/// <param name="WebcastUrl">Where it is webcast.</param>
/// <param name="PresidingOfficerId">The officer who presides: the session's Chair or a Vice-Chair.</param>
/// <param name="AgendaItemIds">The session's agenda items it takes up, in order.</param>
[ValidatedAs(typeof(ISittingFields))]
internal sealed record ScheduleSittingRequest(
    int? Number, DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? TimeZone, string? Room, SittingAccess? Access, string? WebcastUrl,
    Guid? PresidingOfficerId, IReadOnlyList<Guid>? AgendaItemIds) : ISittingFields
{
    public ScheduleSittingCommand ToCommand(Guid sessionId) =>
        new(sessionId, Number, Date, StartTime, EndTime, TimeZone, Room, Access, WebcastUrl, PresidingOfficerId, AgendaItemIds);
}

internal sealed record ScheduleSittingCommand(
    Guid SessionId, int? Number, DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? TimeZone, string? Room, SittingAccess? Access, string? WebcastUrl,
    Guid? PresidingOfficerId, IReadOnlyList<Guid>? AgendaItemIds) : ICommand<SittingDetails>, ISittingFields;

internal sealed class ScheduleSittingCommandValidator : AbstractValidator<ScheduleSittingCommand>
{
    public ScheduleSittingCommandValidator() => Include(new SittingFieldsValidator());
}

internal sealed class ScheduleSittingCommandHandler(WriteSession write) : ICommandHandler<ScheduleSittingCommand, SittingDetails>
{
    private const string InsertSql = """
        INSERT INTO governing_bodies.sittings
            (id, session_id, number, sitting_date, starts_at, ends_at, time_zone, room, access, webcast_url, presiding_officer_id, status,
             version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @SessionId, @Number, @Date, @StartsAt, @EndsAt, @TimeZone, @Room, @Access, @WebcastUrl, @PresidingOfficerId, @Status,
             1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<SittingDetails> Handle(ScheduleSittingCommand command, CancellationToken cancellationToken)
    {
        var session = await SessionReader.GetAsync(write, command.SessionId, cancellationToken);
        SittingWriter.EnsureTimetableOpen(session);
        var fields = command;
        var id = write.NewId();
        var resolved = await SittingWriter.ResolveAsync(write, session, fields, id, cancellationToken);
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            command.SessionId,
            fields.Number,
            fields.Date,
            StartsAt = fields.StartTime,
            EndsAt = fields.EndTime,
            resolved.TimeZone,
            fields.Room,
            Access = resolved.Access.ToText(),
            fields.WebcastUrl,
            fields.PresidingOfficerId,
            Status = SittingStatus.Scheduled.ToText(),
            write.Now,
            write.By,
        }, cancellationToken);
        await SittingWriter.WriteItemsAsync(write, id, fields.AgendaItemIds ?? [], cancellationToken);
        var created = await SittingRow.ReadAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Sitting, id, "create", null, created, cancellationToken);
        return created;
    }
}
