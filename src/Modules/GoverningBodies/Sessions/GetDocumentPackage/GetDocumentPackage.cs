using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>The session's document package as a list.</summary>
internal sealed record GetDocumentPackageQuery(Guid SessionId) : IQuery<DocumentPackage>;

internal sealed class GetDocumentPackageQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<GetDocumentPackageQuery, DocumentPackage>
{
    public async ValueTask<DocumentPackage> Handle(GetDocumentPackageQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var session = await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        return DocumentPackages.Build(session, await DocumentPackages.RowsAsync(read, session.Id, user.HasScope(GoverningBodiesScopes.Restricted), cancellationToken));
    }
}
