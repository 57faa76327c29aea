using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>Why an action goes ahead although the session's dates say otherwise.</summary>
/// <param name="Reason">Needed to open or close a session before its first day, or to adopt its report before its last; kept in its history.</param>
[ValidatedAs(typeof(ChangeSessionStatusCommand))]
internal sealed record SessionActionRequest(string? Reason);

/// <summary>Moves a session along its status machine by one of <see cref="SessionRules.Machine"/>'s actions.</summary>
internal sealed record ChangeSessionStatusCommand(Guid Id, string Action, string? Reason, int? ExpectedVersion) : ICommand<SessionDetails>;

internal sealed class ChangeSessionStatusCommandValidator : AbstractValidator<ChangeSessionStatusCommand>
{
    public ChangeSessionStatusCommandValidator() => RuleFor(c => c.Reason).MaximumLength(500);
}

internal sealed class ChangeSessionStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangeSessionStatusCommand, SessionDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.sessions
        SET status = @Status,
            notice_sent_at = CASE WHEN @SendsNotice = 1 THEN @Now ELSE notice_sent_at END,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<SessionDetails> Handle(ChangeSessionStatusCommand command, CancellationToken cancellationToken)
    {
        var current = await SessionReader.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        var next = SessionRules.Machine.Apply(command.Action, current.Status);
        if (SessionRules.DateContradiction(command.Action, current.StartDate, current.EndDate, write.Today) is { } contradiction && string.IsNullOrWhiteSpace(command.Reason))
        {
            throw new ConflictException("The session's dates say otherwise", $"{contradiction} Send a reason to go ahead all the same.", "contradicts-session-dates");
        }

        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            current.Version,
            Status = next.ToText(),
            SendsNotice = next == SessionStatus.NoticeSent ? 1 : 0,
            write.Now,
            write.By,
        }, current.Version, command.ExpectedVersion, cancellationToken);

        var updated = (await SessionReader.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.Session, command.Id, command.Action, current.ToResponse(write.Today), updated, cancellationToken, command.Reason);
        return updated;
    }
}
