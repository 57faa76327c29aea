using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.DonorRelations.Pledges;

/// <summary>Remove a pledge recorded by mistake, with its instalments, while it is only announced and no agreement refers to it.</summary>
internal sealed record DeletePledgeCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeletePledgeCommandHandler(WriteSession write) : ICommandHandler<DeletePledgeCommand, Unit>
{
    private const string DeleteInstalmentsSql = "DELETE FROM donor_relations.pledge_instalments WHERE pledge_id = @Id";
    private const string DeleteSql = "DELETE FROM donor_relations.pledges WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM donor_relations.agreements WHERE pledge_id = @Id", "agreement"),
    ];

    public async ValueTask<Unit> Handle(DeletePledgeCommand command, CancellationToken cancellationToken)
    {
        var before = await PledgeRow.ReadAsync(write, command.Id, write.Today, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != PledgeStatus.Announced)
        {
            throw new ConflictException("Pledge cannot be removed", $"The pledge is '{before.Status.ToText()}': once confirmed it stays on record; cancel it instead.", "not-removable");
        }

        await write.EnsureNoneAsync("pledge", command.Id, cancellationToken, Referrers);
        await write.ExecuteAsync(DeleteInstalmentsSql, new { command.Id }, cancellationToken);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Pledge, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
