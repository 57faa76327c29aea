using Dapper;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Data;
using Mediator;

namespace Iom.Modules.Research.Series;

internal sealed record ListSeriesQuery : IQuery<IReadOnlyList<SeriesDetails>>;

internal sealed class ListSeriesQueryHandler(ResearchDatabase db) : IQueryHandler<ListSeriesQuery, IReadOnlyList<SeriesDetails>>
{
    public async ValueTask<IReadOnlyList<SeriesDetails>> Handle(ListSeriesQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var rows = await read.QueryAsync<SeriesRow>(SeriesRow.SelectFrom + " ORDER BY s.code", null, cancellationToken);
        return rows.Select(r => r.ToResponse()).ToList();
    }
}
