using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

internal sealed record GetDocumentQuery(Guid Id) : IQuery<DocumentDetails>;

internal sealed class GetDocumentQueryHandler(GoverningBodiesDatabase db, ICurrentUser user)
    : IQueryHandler<GetDocumentQuery, DocumentDetails>
{
    public async ValueTask<DocumentDetails> Handle(GetDocumentQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await DocumentReader.GetAsync(read, query.Id, SeeRestricted, cancellationToken);
    }

    private bool SeeRestricted => user.HasScope(GoverningBodiesScopes.Restricted);
}
