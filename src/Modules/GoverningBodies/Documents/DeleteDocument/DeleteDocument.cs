using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>
/// Remove a document registered by mistake, while none of its language versions is issued, no translation job names it and
/// no later revision or corrigendum rests on it; its language versions and agenda links (part of its registration) go with it.
/// </summary>
internal sealed record DeleteDocumentCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteDocumentCommandHandler(WriteSession write, ICurrentUser user) : ICommandHandler<DeleteDocumentCommand, Unit>
{
    private const string DeleteLanguagesSql = "DELETE FROM governing_bodies.document_languages WHERE document_id = @Id";
    private const string DeleteLinksSql = "DELETE FROM governing_bodies.agenda_item_documents WHERE document_id = @Id";
    private const string DeleteSql = "DELETE FROM governing_bodies.documents WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM governing_bodies.translation_jobs WHERE document_id = @Id", "translation job"),
        new("SELECT COUNT(*) FROM governing_bodies.document_files WHERE document_id = @Id", "file"),
        new("""
            SELECT COUNT(*) FROM governing_bodies.documents later JOIN governing_bodies.documents d ON d.chain_symbol = later.chain_symbol
            WHERE d.id = @Id AND later.id <> d.id AND (later.revision > d.revision OR (later.revision = d.revision AND later.corrigendum > d.corrigendum))
            """, "later revision or corrigendum"),
    ];

    public async ValueTask<Unit> Handle(DeleteDocumentCommand command, CancellationToken cancellationToken)
    {
        var before = await DocumentReader.GetAsync(write, command.Id, user.HasScope(GoverningBodiesScopes.Restricted), cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Languages.Any(l => l.Status == LanguageVersionStatus.Issued))
        {
            throw new ConflictException("Document is issued", $"{before.Symbol} has an issued language version: it is on the official record; issue a corrigendum instead.", "not-removable");
        }

        await write.EnsureNoneAsync("document", command.Id, cancellationToken, Referrers);
        await write.ExecuteAsync(DeleteLanguagesSql, new { command.Id }, cancellationToken);
        await write.ExecuteAsync(DeleteLinksSql, new { command.Id }, cancellationToken);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Document, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
