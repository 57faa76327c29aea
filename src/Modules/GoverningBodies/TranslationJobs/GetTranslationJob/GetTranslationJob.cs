using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

internal sealed record GetTranslationJobQuery(Guid Id) : IQuery<TranslationJobDetails>;

internal sealed class GetTranslationJobQueryHandler(GoverningBodiesDatabase db, TimeProvider clock, ICurrentUser user) : IQueryHandler<GetTranslationJobQuery, TranslationJobDetails>
{
    public async ValueTask<TranslationJobDetails> Handle(GetTranslationJobQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var row = await TranslationJobRow.GetAsync(read, query.Id, user.HasScope(GoverningBodiesScopes.Restricted), cancellationToken);
        return row.ToResponse(clock.Today());
    }
}
