using Iom.SharedKernel.Data;
using Dapper;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Series;

internal sealed record ListSeriesQuery : IQuery<IReadOnlyList<SeriesDetails>>;

internal sealed record GetSeriesQuery(Guid Id) : IQuery<SeriesDetails>;

internal sealed class ListSeriesQueryHandler(ResearchDatabase db) : IQueryHandler<ListSeriesQuery, IReadOnlyList<SeriesDetails>>
{
    public async ValueTask<IReadOnlyList<SeriesDetails>> Handle(ListSeriesQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var rows = await read.QueryAsync<SeriesRow>(SeriesRow.SelectFrom + " ORDER BY s.code", null, cancellationToken);
        return rows.Select(r => r.ToResponse()).ToList();
    }
}

internal sealed class GetSeriesQueryHandler(ResearchDatabase db) : IQueryHandler<GetSeriesQuery, SeriesDetails>
{
    public async ValueTask<SeriesDetails> Handle(GetSeriesQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await SeriesRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}

internal static class ReadSeriesEndpoints
{
    public static void Map(RouteGroupBuilder series)
    {
        series.MapGet("/", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListSeriesQuery(), ct)))
            .WithName("Research_ListSeries")
            .WithSummary("List the publication series by code")
            .Produces<IReadOnlyList<SeriesDetails>>();
        ResourceEndpoints.MapGetById(series, "/{id:guid}", id => new GetSeriesQuery(id), "Research_GetSeries", "Get a publication series");
    }
}
