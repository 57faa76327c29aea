using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Speakers;

/// <summary>Take a speaker inscribed by mistake off the list; those after them move up one. Once they spoke, they stay.</summary>
internal sealed record DeleteSpeakerCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteSpeakerCommandHandler(WriteSession write) : ICommandHandler<DeleteSpeakerCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.speakers WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM governing_bodies.statement_files WHERE speaker_id = @Id", "statement file"),
    ];

    public async ValueTask<Unit> Handle(DeleteSpeakerCommand command, CancellationToken cancellationToken)
    {
        var before = await SpeakerRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status == SpeakerStatus.Spoke)
        {
            throw new ConflictException("Speaker cannot be removed", $"The speaker is '{before.Status.ToText()}': the statement is part of the record of the sitting.", "not-removable");
        }

        await write.EnsureNoneAsync("speaker", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await SpeakersList.CloseGapAsync(write, before.SittingId, before.AgendaItemId, before.Id, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Speaker, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
