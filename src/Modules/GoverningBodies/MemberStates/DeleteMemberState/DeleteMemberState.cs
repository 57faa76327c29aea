using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.GoverningBodies.MemberStates;

/// <summary>Remove a Member State recorded by mistake, while nothing refers to it.</summary>
internal sealed record DeleteMemberStateCommand(string Country, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteMemberStateCommandHandler(WriteSession write) : ICommandHandler<DeleteMemberStateCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.member_states WHERE country = @Country AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM governing_bodies.arrears_notifications WHERE country = @Id", "arrears notification"),
        new("SELECT COUNT(*) FROM governing_bodies.delegations WHERE country = @Id", "delegation"),
    ];

    public async ValueTask<Unit> Handle(DeleteMemberStateCommand command, CancellationToken cancellationToken)
    {
        var before = await MemberStateRow.ReadAsync(write, command.Country, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.EnsureNoneAsync("member state", before.Country, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { before.Country, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.MemberState, MemberStateKeys.EntityId(before.Country), before, cancellationToken);
        return Unit.Value;
    }
}
