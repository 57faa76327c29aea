using FluentValidation;
using Iom.Modules.GoverningBodies.Documents;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Files;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Speakers;

/// <summary>Record the file just stored for a statement in a language; answers the speaker and the key of the file it replaced, if any.</summary>
internal sealed record AttachStatementFileCommand(Guid SpeakerId, string Language, StoredFile Stored, string MediaType, string? FileName, int? ExpectedVersion)
    : ICommand<AttachedStatement>;

/// <summary>The speaker after the upload, and the stored file the upload replaced (deleted once the change is committed).</summary>
internal sealed record AttachedStatement(SpeakerDetails Speaker, string? ReplacedKey);

internal sealed class AttachStatementFileCommandValidator : AbstractValidator<AttachStatementFileCommand>
{
    public AttachStatementFileCommandValidator()
    {
        RuleFor(c => c.FileName).MaximumLength(255).Matches(FileTransfers.FileNamePattern).WithMessage(FileTransfers.FileNameMessage);
    }
}

internal sealed class AttachStatementFileCommandHandler(WriteSession write) : ICommandHandler<AttachStatementFileCommand, AttachedStatement>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.statement_files WHERE speaker_id = @SpeakerId AND language = @Language";

    private const string InsertSql = """
        INSERT INTO governing_bodies.statement_files (speaker_id, language, storage_key, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by)
        VALUES (@SpeakerId, @Language, @Key, @FileName, @MediaType, @Size, @Sha256, @Now, @By)
        """;

    private const string TouchSql = "UPDATE governing_bodies.speakers SET version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id AND version = @Version";

    public async ValueTask<AttachedStatement> Handle(AttachStatementFileCommand command, CancellationToken cancellationToken)
    {
        var language = Languages.Normalize(command.Language)!;
        var speaker = await SpeakerRow.GetAsync(write, command.SpeakerId, cancellationToken);
        if (!Languages.IsIso6391(language))
        {
            // Checked once the speaker is found, as a document's language is: an unknown speaker is a 404 whatever the language.
            throw Invalid.Field("language", "Use an ISO 639-1 language code, such as en, fr or es (any case; answered in lower case).");
        }

        StatementFileRules.EnsureChangeable(speaker, removing: false);
        var previous = await StatementFileRow.FindAsync(write, speaker.Id, language, cancellationToken);
        await write.UpdateVersionedAsync(TouchSql, new { speaker.Id, speaker.Version, write.Now, write.By }, speaker.Version, command.ExpectedVersion, cancellationToken);
        await write.ExecuteAsync(DeleteSql, new { SpeakerId = speaker.Id, Language = language }, cancellationToken);
        await write.ExecuteAsync(InsertSql, new
        {
            SpeakerId = speaker.Id,
            Language = language,
            command.Stored.Key,
            FileName = command.FileName ?? StatementFileRules.DefaultName(speaker, language, DocumentFileStore.Extension(command.MediaType)),
            command.MediaType,
            command.Stored.Size,
            command.Stored.Sha256,
            write.Now,
            write.By,
        }, cancellationToken);
        await write.RecordChangesAsync(AuditedEntities.Speaker, speaker.Id, "attach-statement",
            [new AuditChange($"statements.{language}", previous?.Sha256.Trim(), command.Stored.Sha256)], cancellationToken);
        return new AttachedStatement(await SpeakerRow.GetAsync(write, speaker.Id, cancellationToken), previous?.StorageKey);
    }
}
