using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sittings;

/// <summary>A session's sittings, in the order they meet.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Status">Only sittings in this status.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListSittingsQuery(Guid SessionId, [property: QueryEnum(typeof(SittingStatus))] string? Status, int? Limit, string? Cursor) : IQuery<Page<SittingDetails>>;

internal sealed class ListSittingsQueryValidator : AbstractValidator<ListSittingsQuery>
{
    public ListSittingsQueryValidator() => RuleFor(q => q.Status).EnumName<ListSittingsQuery, SittingStatus>();
}

internal sealed class ListSittingsQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<ListSittingsQuery, Page<SittingDetails>>
{
    private static readonly QueryFilter<ListSittingsQuery> Filter = new QueryFilter<ListSittingsQuery>()
        .Always("t.session_id = @SessionId", q => new { q.SessionId })
        .When(q => q.Status is not null, "t.status = @Status", q => new { Status = EnumText.ParseOptional<SittingStatus>(q.Status)?.ToText() });

    private static readonly KeysetList<SittingRow> List = new(
        "t.id", r => r.Id, "number", new SortableField<SittingRow>("number", "t.number", KeyKind.Integer, r => r.Number));

    public async ValueTask<Page<SittingDetails>> Handle(ListSittingsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var page = await List.ReadAsync(read, SittingRow.SelectFrom, Filter.For(query), new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        return new Page<SittingDetails>(await SittingRow.ToResponsesAsync(read, page.Items, cancellationToken), page.NextCursor);
    }
}
