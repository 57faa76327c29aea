using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Take away a language version's file uploaded by mistake, until the version is issued; answers the stored key to delete after commit.</summary>
internal sealed record DetachFileCommand(Guid DocumentId, string Language, int? ExpectedVersion) : ICommand<string>;

internal sealed class DetachFileCommandHandler(WriteSession write, ICurrentUser user) : ICommandHandler<DetachFileCommand, string>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.document_files WHERE document_id = @DocumentId AND language = @Language";

    private const string TouchSql = "UPDATE governing_bodies.documents SET version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id AND version = @Version";

    public async ValueTask<string> Handle(DetachFileCommand command, CancellationToken cancellationToken)
    {
        var document = await DocumentReader.GetRowAsync(write, command.DocumentId, user.HasScope(GoverningBodiesScopes.Restricted), cancellationToken);
        var version = await DocumentFileRules.EditableVersionAsync(write, document, command.Language, cancellationToken);
        var file = await DocumentFileRow.GetAsync(write, document.Id, version.Language, document.Symbol, cancellationToken);
        await write.UpdateVersionedAsync(TouchSql, new { document.Id, document.Version, write.Now, write.By }, document.Version, command.ExpectedVersion, cancellationToken);
        await write.ExecuteAsync(DeleteSql, new { DocumentId = document.Id, version.Language }, cancellationToken);
        await write.RecordChangesAsync(AuditedEntities.Document, document.Id, "detach-file", [new AuditChange($"languages.{version.Language}.file", file.Sha256.Trim(), null)], cancellationToken);
        return file.StorageKey;
    }
}
