using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.DonorRelations.Donors;

/// <summary>Remove a donor added by mistake, with its priorities, while no pledge, agreement or flow refers to it.</summary>
internal sealed record DeleteDonorCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteDonorCommandHandler(WriteSession write) : ICommandHandler<DeleteDonorCommand, Unit>
{
    private const string DeletePrioritiesSql = "DELETE FROM donor_relations.donor_priorities WHERE donor_id = @Id";
    private const string DeleteSql = "DELETE FROM donor_relations.donors WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM donor_relations.pledges WHERE donor_id = @Id", "pledge"),
        new("SELECT COUNT(*) FROM donor_relations.agreements WHERE donor_id = @Id", "agreement"),
        new("SELECT COUNT(*) FROM donor_relations.flows WHERE donor_id = @Id", "funding flow"),
    ];

    public async ValueTask<Unit> Handle(DeleteDonorCommand command, CancellationToken cancellationToken)
    {
        var before = await DonorRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.EnsureNoneAsync("donor", command.Id, cancellationToken, Referrers);
        await write.ExecuteAsync(DeletePrioritiesSql, new { command.Id }, cancellationToken);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Donor, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
