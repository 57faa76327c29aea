using Iom.Modules.DonorRelations.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.DonorRelations.Pledges;

/// <summary>Pledges, newest first.</summary>
/// <param name="DonorId">Only this donor's pledges.</param>
/// <param name="AppealId">Only pledges to this appeal.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListPledgesQuery(Guid? DonorId, Guid? AppealId, int? Limit, string? Cursor) : IQuery<Page<PledgeDetails>>;

internal sealed class ListPledgesQueryHandler(DonorRelationsDatabase db, TimeProvider clock) : IQueryHandler<ListPledgesQuery, Page<PledgeDetails>>
{
    private static readonly QueryFilter<ListPledgesQuery> Filter = new QueryFilter<ListPledgesQuery>()
        .When(q => q.DonorId is not null, "p.donor_id = @DonorId", q => new { q.DonorId })
        .When(q => q.AppealId is not null, "p.appeal_id = @AppealId", q => new { q.AppealId });

    private static readonly KeysetList<PledgeRow> List = new("p.id", r => r.Id, "-pledgedOn", new SortableField<PledgeRow>("pledgedOn", "p.pledged_on", KeyKind.Date, r => r.PledgedOn));

    public async ValueTask<Page<PledgeDetails>> Handle(ListPledgesQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter.For(query);
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, PledgeRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        var today = clock.Today();
        return new Page<PledgeDetails>(await PledgeRow.ToResponsesAsync(read, page.Items, today, cancellationToken), page.NextCursor);
    }
}
