using Dapper;
using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.Bodies;

internal sealed record ListBodiesQuery : IQuery<IReadOnlyList<GoverningBody>>;

internal sealed class ListBodiesQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<ListBodiesQuery, IReadOnlyList<GoverningBody>>
{
    private const string Sql = BodyRow.SelectAll + " ORDER BY display_order";

    public async ValueTask<IReadOnlyList<GoverningBody>> Handle(ListBodiesQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var rows = await read.QueryAsync<BodyRow>(Sql, null, cancellationToken);
        return rows.Select(r => r.ToResponse()).ToList();
    }
}
