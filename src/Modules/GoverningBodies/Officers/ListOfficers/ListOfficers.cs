using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.GoverningBodies.Officers;

/// <summary>A session's officers: the Chair, the Vice-Chairs, the Rapporteur.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListOfficersQuery(Guid SessionId, int? Limit, string? Cursor) : IQuery<Page<OfficerDetails>>;

internal sealed class ListOfficersQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<ListOfficersQuery, Page<OfficerDetails>>
{
    // The order the report of a session lists them in: the Chair, the Vice-Chairs, the Rapporteur.
    private const string BySessionSql = OfficerRow.SelectFrom + """
         WHERE o.session_id = @SessionId
        ORDER BY CASE o.role WHEN 'chair' THEN 1 WHEN 'viceChair' THEN 2 ELSE 3 END, o.elected_on, o.id
        """;

    public async ValueTask<Page<OfficerDetails>> Handle(ListOfficersQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var officers = (await read.QueryAsync<OfficerRow>(BySessionSql, new { query.SessionId }, cancellationToken)).Select(r => r.ToResponse()).ToList();
        return BoundedList.Page(officers, o => o.Id.ToString(), query.Limit, query.Cursor);
    }
}
