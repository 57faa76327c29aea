using FluentValidation;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Files;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Record the file just stored for a language version; answers the document and the key of the file it replaced, if any.</summary>
internal sealed record AttachFileCommand(
    Guid DocumentId, string Language, StoredFile Stored, string MediaType, string? FileName, int? Pages, int? Words, int? ExpectedVersion)
    : ICommand<AttachedFile>;

/// <summary>The document after the upload, and the stored file the upload replaced (deleted once the change is committed).</summary>
internal sealed record AttachedFile(DocumentDetails Document, string? ReplacedKey);

internal sealed class AttachFileCommandValidator : AbstractValidator<AttachFileCommand>
{
    public AttachFileCommandValidator()
    {
        RuleFor(c => c.FileName).MaximumLength(255).Matches(FileTransfers.FileNamePattern).WithMessage(FileTransfers.FileNameMessage);
        RuleFor(c => c.Pages).InclusiveBetween(0, 100_000);
        RuleFor(c => c.Words).InclusiveBetween(0, 10_000_000);
    }
}

internal sealed class AttachFileCommandHandler(WriteSession write, ICurrentUser user) : ICommandHandler<AttachFileCommand, AttachedFile>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.document_files WHERE document_id = @DocumentId AND language = @Language";

    private const string InsertSql = """
        INSERT INTO governing_bodies.document_files
            (document_id, language, storage_key, file_name, media_type, size_bytes, sha256, pages, words, uploaded_at, uploaded_by)
        VALUES (@DocumentId, @Language, @Key, @FileName, @MediaType, @Size, @Sha256, @Pages, @Words, @Now, @By)
        """;

    private const string TouchSql = "UPDATE governing_bodies.documents SET version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id AND version = @Version";

    public async ValueTask<AttachedFile> Handle(AttachFileCommand command, CancellationToken cancellationToken)
    {
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        var document = await DocumentReader.GetRowAsync(write, command.DocumentId, seeRestricted, cancellationToken);
        var version = await DocumentFileRules.EditableVersionAsync(write, document, command.Language, cancellationToken);
        var previous = await DocumentFileRow.FindAsync(write, document.Id, version.Language, cancellationToken);
        await write.UpdateVersionedAsync(TouchSql, new { document.Id, document.Version, write.Now, write.By }, document.Version, command.ExpectedVersion, cancellationToken);
        await write.ExecuteAsync(DeleteSql, new { DocumentId = document.Id, version.Language }, cancellationToken);
        await write.ExecuteAsync(InsertSql, new
        {
            DocumentId = document.Id,
            version.Language,
            command.Stored.Key,
            FileName = command.FileName ?? DocumentFileStore.DefaultName(document.Symbol, version.Language, command.MediaType),
            command.MediaType,
            command.Stored.Size,
            command.Stored.Sha256,
            command.Pages,
            command.Words,
            write.Now,
            write.By,
        }, cancellationToken);
        await write.RecordChangesAsync(AuditedEntities.Document, document.Id, "attach-file",
            [new AuditChange($"languages.{version.Language}.file", previous?.Sha256.Trim(), command.Stored.Sha256)], cancellationToken);
        return new AttachedFile(await DocumentReader.GetAsync(write, document.Id, seeRestricted, cancellationToken), previous?.StorageKey);
    }
}
