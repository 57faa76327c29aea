using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.GoverningBodies.Officers;

/// <summary>Remove an officer recorded by mistake, while no sitting names them as presiding.</summary>
internal sealed record DeleteOfficerCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteOfficerCommandHandler(WriteSession write) : ICommandHandler<DeleteOfficerCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.session_officers WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM governing_bodies.sittings WHERE presiding_officer_id = @Id", "sitting"),
    ];

    public async ValueTask<Unit> Handle(DeleteOfficerCommand command, CancellationToken cancellationToken)
    {
        var before = await OfficerRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.EnsureNoneAsync("officer", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Officer, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
