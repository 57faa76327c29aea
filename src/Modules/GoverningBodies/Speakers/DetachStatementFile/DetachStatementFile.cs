using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Speakers;

/// <summary>Take away a statement's file uploaded by mistake, before the statement is delivered; answers the stored key to delete after commit.</summary>
internal sealed record DetachStatementFileCommand(Guid SpeakerId, string Language, int? ExpectedVersion) : ICommand<string>;

internal sealed class DetachStatementFileCommandHandler(WriteSession write) : ICommandHandler<DetachStatementFileCommand, string>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.statement_files WHERE speaker_id = @SpeakerId AND language = @Language";

    private const string TouchSql = "UPDATE governing_bodies.speakers SET version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id AND version = @Version";

    public async ValueTask<string> Handle(DetachStatementFileCommand command, CancellationToken cancellationToken)
    {
        var language = Languages.Normalize(command.Language)!;
        var speaker = await SpeakerRow.GetAsync(write, command.SpeakerId, cancellationToken);
        var file = await StatementFileRow.GetAsync(write, speaker.Id, language, cancellationToken);
        StatementFileRules.EnsureChangeable(speaker, removing: true);
        await write.UpdateVersionedAsync(TouchSql, new { speaker.Id, speaker.Version, write.Now, write.By }, speaker.Version, command.ExpectedVersion, cancellationToken);
        await write.ExecuteAsync(DeleteSql, new { SpeakerId = speaker.Id, Language = language }, cancellationToken);
        await write.RecordChangesAsync(AuditedEntities.Speaker, speaker.Id, "detach-statement", [new AuditChange($"statements.{language}", file.Sha256.Trim(), null)], cancellationToken);
        return file.StorageKey;
    }
}
