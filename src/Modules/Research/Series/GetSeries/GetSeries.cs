using Iom.Modules.Research.Data;
using Mediator;

namespace Iom.Modules.Research.Series;

internal sealed record GetSeriesQuery(Guid Id) : IQuery<SeriesDetails>;

internal sealed class GetSeriesQueryHandler(ResearchDatabase db) : IQueryHandler<GetSeriesQuery, SeriesDetails>
{
    public async ValueTask<SeriesDetails> Handle(GetSeriesQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await SeriesRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}
