using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.DonorRelations.Pledges;

/// <summary>Confirm or cancel a pledge.</summary>
internal sealed record ChangePledgeStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<PledgeDetails>;

internal sealed class ChangePledgeStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangePledgeStatusCommand, PledgeDetails>
{
    private const string UpdateSql = "UPDATE donor_relations.pledges SET status = @Status, version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id AND version = @Version";

    public async ValueTask<PledgeDetails> Handle(ChangePledgeStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await PledgeRow.ReadAsync(write, command.Id, write.Today, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = PledgeRules.Machine.Apply(command.Action, before.Status);
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var pledge = await PledgeRow.ReadAsync(write, command.Id, write.Today, cancellationToken);
        await write.RecordAsync(AuditedEntities.Pledge, command.Id, command.Action, before, pledge, cancellationToken);
        return pledge;
    }
}
