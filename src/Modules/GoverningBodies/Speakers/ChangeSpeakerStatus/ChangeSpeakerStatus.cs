using Iom.Modules.GoverningBodies.Sittings;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Speakers;

internal sealed record ChangeSpeakerStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<SpeakerDetails>;

internal sealed class ChangeSpeakerStatusCommandHandler(WriteSession write) : ICommandHandler<ChangeSpeakerStatusCommand, SpeakerDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.speakers SET status = @Status, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<SpeakerDetails> Handle(ChangeSpeakerStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await SpeakerRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = SpeakerRules.Machine.Apply(command.Action, before.Status);
        SpeakerChecks.EnsureOpen(await SittingRow.ReadAsync(write, before.SittingId, cancellationToken));
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await SpeakerRow.GetAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Speaker, command.Id, command.Action, before, after, cancellationToken);
        return after;
    }
}
