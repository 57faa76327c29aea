using Dapper;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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
