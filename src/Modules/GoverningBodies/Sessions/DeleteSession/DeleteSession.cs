using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>Remove a session scheduled by mistake: only while planned (no notice sent) and nothing refers to it.</summary>
internal sealed record DeleteSessionCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteSessionCommandHandler(WriteSession write) : ICommandHandler<DeleteSessionCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.sessions WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM governing_bodies.agenda_items WHERE session_id = @Id", "agenda item"),
        new("SELECT COUNT(*) FROM governing_bodies.documents WHERE session_id = @Id", "document"),
        new("SELECT COUNT(*) FROM governing_bodies.resolutions WHERE session_id = @Id", "resolution"),
        new("SELECT COUNT(*) FROM governing_bodies.session_officers WHERE session_id = @Id", "officer"),
        new("SELECT COUNT(*) FROM governing_bodies.sittings WHERE session_id = @Id", "sitting"),
        new("SELECT COUNT(*) FROM governing_bodies.delegations WHERE session_id = @Id", "delegation"),
        new("SELECT COUNT(*) FROM governing_bodies.registrations WHERE session_id = @Id", "registration"),
        new("SELECT COUNT(*) FROM governing_bodies.arrears_notifications WHERE session_id = @Id", "arrears notification"),
    ];

    public async ValueTask<Unit> Handle(DeleteSessionCommand command, CancellationToken cancellationToken)
    {
        var current = await SessionReader.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        if (current.Status != SessionStatus.Planned)
        {
            throw new ConflictException(
                "Session cannot be removed",
                $"The session is '{current.Status.ToText()}': its notice has gone out, so it stays on record; cancel it instead.",
                "not-removable");
        }

        await write.EnsureNoneAsync("session", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, current.Version }, current.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Session, command.Id, current.ToResponse(write.Today), cancellationToken);
        return Unit.Value;
    }
}
