using System.Text.Json;
using FluentValidation;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.Sittings;

/// <summary>What a JSON Merge Patch may correct in a sitting until its session closes; agendaItemIds replaces the list.</summary>
/// <param name="Number">Its number in the session.</param>
/// <param name="Date">The day it meets, within the session's dates.</param>
/// <param name="StartTime">Local time it starts.</param>
/// <param name="EndTime">Local time it ends.</param>
/// <param name="TimeZone">IANA time zone of the venue.</param>
/// <param name="Room">The room it meets in; null removes it.</param>
/// <param name="Access">public or private.</param>
/// <param name="WebcastUrl">Where it is webcast; null removes it.</param>
/// <param name="PresidingOfficerId">The officer who presides; null removes it.</param>
/// <param name="AgendaItemIds">The agenda items it takes up, in order (the whole list).</param>
[ValidatedAs(typeof(ISittingFields), MergePatch = true)]
internal sealed record SittingPatch(
    int? Number, DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? TimeZone, string? Room, SittingAccess? Access, string? WebcastUrl,
    Guid? PresidingOfficerId, IReadOnlyList<Guid>? AgendaItemIds) : ISittingFields;

internal sealed record UpdateSittingCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<SittingDetails>;

internal sealed class UpdateSittingCommandHandler(WriteSession write, IValidator<ISittingFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateSittingCommand, SittingDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.sittings
        SET number = @Number, sitting_date = @Date, starts_at = @StartsAt, ends_at = @EndsAt, time_zone = @TimeZone, room = @Room,
            access = @Access, webcast_url = @WebcastUrl, presiding_officer_id = @PresidingOfficerId,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<SittingDetails> Handle(UpdateSittingCommand command, CancellationToken cancellationToken)
    {
        var before = await SittingRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var session = await SessionReader.GetAsync(write, before.SessionId, cancellationToken);
        SittingWriter.EnsureTimetableOpen(session);
        if (before.Status == SittingStatus.Cancelled)
        {
            throw new ConflictException("Sitting is cancelled", "A cancelled sitting stays as it was; schedule a new one.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(
            new SittingPatch(before.Number, before.Date, before.StartTime, before.EndTime, before.TimeZone, before.Room, before.Access, before.WebcastUrl,
                before.PresidingOfficerId, before.AgendaItems.Select(i => i.Id).ToList()),
            command.Patch,
            json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        var resolved = await SittingWriter.ResolveAsync(write, session, patched, command.Id, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            before.Version,
            patched.Number,
            patched.Date,
            StartsAt = patched.StartTime,
            EndsAt = patched.EndTime,
            resolved.TimeZone,
            patched.Room,
            Access = resolved.Access.ToText(),
            patched.WebcastUrl,
            patched.PresidingOfficerId,
            write.Now,
            write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        await SittingWriter.WriteItemsAsync(write, command.Id, patched.AgendaItemIds ?? [], cancellationToken);
        var after = await SittingRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Sitting, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
