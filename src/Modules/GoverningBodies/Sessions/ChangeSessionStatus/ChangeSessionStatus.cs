using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>Moves a session along its status machine by one of <see cref="SessionRules.Machine"/>'s actions.</summary>
internal sealed record ChangeSessionStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<SessionDetails>;

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
        await write.RecordAsync(AuditedEntities.Session, command.Id, command.Action, current.ToResponse(write.Today), updated, cancellationToken);
        return updated;
    }
}
