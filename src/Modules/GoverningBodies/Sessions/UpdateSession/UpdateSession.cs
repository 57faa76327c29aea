using System.Text.Json;
using FluentValidation;
using Iom.Contracts.GoverningBodies;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>The fields of a session a JSON Merge Patch may change; its body, kind and number identify it and do not change.</summary>
/// <param name="Title">Title in the official languages.</param>
/// <param name="Theme">Theme in the official languages; null removes it.</param>
/// <param name="StartDate">First day; the notice deadline follows it.</param>
/// <param name="EndDate">Last day.</param>
/// <param name="Venue">Where it meets.</param>
/// <param name="Format">In person, hybrid or virtual.</param>
[ValidatedAs(typeof(ISessionFields), MergePatch = true)]
internal sealed record SessionPatch(
    LocalizedText? Title,
    LocalizedText? Theme,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Venue,
    SessionFormat? Format) : ISessionFields;

internal sealed record UpdateSessionCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<SessionDetails>;

internal sealed class UpdateSessionCommandHandler(WriteSession write, IValidator<ISessionFields> validator, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    : ICommandHandler<UpdateSessionCommand, SessionDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.sessions
        SET title_en = @TitleEn, title_fr = @TitleFr, title_es = @TitleEs,
            theme_en = @ThemeEn, theme_fr = @ThemeFr, theme_es = @ThemeEs,
            start_date = @StartDate, end_date = @EndDate, venue = @Venue, format = @Format,
            notice_deadline = @NoticeDeadline,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    private const string SittingsOutsideSql = """
        SELECT COUNT(*) FROM governing_bodies.sittings
        WHERE session_id = @SessionId AND status <> 'cancelled' AND (sitting_date < @StartDate OR sitting_date > @EndDate)
        """;

    public async ValueTask<SessionDetails> Handle(UpdateSessionCommand command, CancellationToken cancellationToken)
    {
        var current = await SessionReader.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);

        if (!SessionRules.Editable.Contains(current.Status))
        {
            throw new ConflictException("Session can no longer be edited", $"The session is '{current.Status.ToText()}'; its details are final.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(
            new SessionPatch(
                new LocalizedText(current.TitleEn, current.TitleFr, current.TitleEs),
                LocalizedText.From(current.ThemeEn, current.ThemeFr, current.ThemeEs),
                current.StartDate, current.EndDate, current.Venue, current.Format),
            command.Patch,
            json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await EnsureSittingsWithinAsync(command.Id, patched.StartDate!.Value, patched.EndDate!.Value, cancellationToken);

        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            current.Version,
            TitleEn = patched.Title!.En,
            TitleFr = patched.Title.Fr,
            TitleEs = patched.Title.Es,
            ThemeEn = patched.Theme?.En,
            ThemeFr = patched.Theme?.Fr,
            ThemeEs = patched.Theme?.Es,
            patched.StartDate,
            patched.EndDate,
            patched.Venue,
            Format = patched.Format!.Value.ToText(),
            NoticeDeadline = SessionRules.NoticeDeadline(patched.StartDate!.Value, current.NoticeRequiredDays),
            write.Now,
            write.By,
        }, current.Version, command.ExpectedVersion, cancellationToken);

        var updated = (await SessionReader.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.Session, command.Id, "update", current.ToResponse(write.Today), updated, cancellationToken);
        if (updated.StartDate != current.StartDate || updated.EndDate != current.EndDate || updated.Venue != current.Venue)
        {
            await write.PublishAsync(new SessionRescheduled(
                write.NewId(), write.Now, command.Id, updated.SymbolPrefix, current.StartDate, current.EndDate, current.Venue,
                updated.StartDate, updated.EndDate, updated.Venue), cancellationToken);
        }

        return updated;
    }

    // Moving a session's dates may not leave one of its sittings outside them.
    private async Task EnsureSittingsWithinAsync(Guid sessionId, DateOnly startDate, DateOnly endDate, CancellationToken cancellationToken)
    {
        var outside = await write.ExecuteScalarAsync<long>(SittingsOutsideSql, new { SessionId = sessionId, StartDate = startDate, EndDate = endDate }, cancellationToken);
        if (outside > 0)
        {
            throw new ConflictException(
                "Sittings outside the new dates",
                $"{outside} sitting(s) of this session meet outside {startDate:yyyy-MM-dd} to {endDate:yyyy-MM-dd}: move or cancel them first.",
                "sittings-outside-dates");
        }
    }
}
