using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sittings;

internal sealed record ChangeSittingStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<SittingDetails>;

internal sealed class ChangeSittingStatusCommandHandler(WriteSession write) : ICommandHandler<ChangeSittingStatusCommand, SittingDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.sittings SET status = @Status, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<SittingDetails> Handle(ChangeSittingStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await SittingRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = SittingRules.Machine.Apply(command.Action, before.Status);
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await SittingRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Sitting, command.Id, command.Action, before, after, cancellationToken);
        return after;
    }
}
