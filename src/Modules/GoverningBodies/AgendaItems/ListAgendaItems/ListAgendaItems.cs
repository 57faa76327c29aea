using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.AgendaItems;

/// <summary>A session's agenda, in agenda order.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Status">Only items in this status.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListAgendaItemsQuery(Guid SessionId, [property: QueryEnum(typeof(AgendaItemStatus))] string? Status, int? Limit, string? Cursor) : IQuery<Page<AgendaItemDetails>>;

internal sealed class ListAgendaItemsQueryValidator : AbstractValidator<ListAgendaItemsQuery>
{
    public ListAgendaItemsQueryValidator() => RuleFor(q => q.Status).EnumName<ListAgendaItemsQuery, AgendaItemStatus>();
}

internal sealed class ListAgendaItemsQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<ListAgendaItemsQuery, Page<AgendaItemDetails>>
{
    private static readonly QueryFilter<ListAgendaItemsQuery> Filter = new QueryFilter<ListAgendaItemsQuery>()
        .Always("a.session_id = @SessionId", q => new { q.SessionId })
        .When(q => q.Status is not null, "a.status = @Status", q => new { Status = EnumText.ParseOptional<AgendaItemStatus>(q.Status)?.ToText() });

    private static readonly KeysetList<AgendaItemRow> List = new(
        "a.id", r => r.Id, "number", new SortableField<AgendaItemRow>("number", "a.sort_key", KeyKind.Text, r => r.SortKey));

    public async ValueTask<Page<AgendaItemDetails>> Handle(ListAgendaItemsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var filter = Filter.For(query);
        var page = await List.ReadAsync(read, AgendaItemRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        return new Page<AgendaItemDetails>(await AgendaItemRow.ToResponsesAsync(read, page.Items, user.HasScope(GoverningBodiesScopes.Restricted), cancellationToken), page.NextCursor);
    }
}
