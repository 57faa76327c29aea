using Iom.Modules.Research.Data;
using Mediator;

namespace Iom.Modules.Research.Works;

internal sealed record GetWorkQuery(Guid Id) : IQuery<WorkDetails>;

internal sealed class GetWorkQueryHandler(ResearchDatabase db) : IQueryHandler<GetWorkQuery, WorkDetails>
{
    public async ValueTask<WorkDetails> Handle(GetWorkQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await WorkReader.GetAsync(read, query.Id, cancellationToken);
    }
}
