using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Where the file of a language version is, for a caller who may see the document (a restricted one needs governing-bodies:restricted).</summary>
internal sealed record DownloadFileQuery(Guid DocumentId, string Language) : IQuery<DocumentFileRow>;

internal sealed class DownloadFileQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<DownloadFileQuery, DocumentFileRow>
{
    public async ValueTask<DocumentFileRow> Handle(DownloadFileQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var document = await DocumentReader.GetRowAsync(read, query.DocumentId, user.HasScope(GoverningBodiesScopes.Restricted), cancellationToken);
        return await DocumentFileRow.GetAsync(read, document.Id, query.Language, document.Symbol, cancellationToken);
    }
}
