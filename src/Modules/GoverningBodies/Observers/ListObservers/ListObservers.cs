using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Observers;

/// <summary>The observers by English name.</summary>
/// <param name="Kind">Only observers of this kind.</param>
/// <param name="AsOf">Only those whose status held on this day.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListObserversQuery([property: QueryEnum(typeof(ObserverKind))] string? Kind, DateOnly? AsOf, int? Limit, string? Cursor) : IQuery<Page<ObserverDetails>>;

internal sealed class ListObserversQueryValidator : AbstractValidator<ListObserversQuery>
{
    public ListObserversQueryValidator() => RuleFor(q => q.Kind).EnumName<ListObserversQuery, ObserverKind>();
}

internal sealed class ListObserversQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<ListObserversQuery, Page<ObserverDetails>>
{
    private static readonly QueryFilter<ListObserversQuery> Filter = new QueryFilter<ListObserversQuery>()
        .When(q => q.Kind is not null, "o.kind = @Kind", q => new { Kind = EnumText.ParseOptional<ObserverKind>(q.Kind)?.ToText() })
        .When(q => q.AsOf is not null, "o.granted_on <= @AsOf AND (o.withdrawn_on IS NULL OR o.withdrawn_on > @AsOf)", q => new { q.AsOf });

    /// <summary>The statement the filter composes (the model tests compile it with every condition).</summary>
    public static string Sql(SqlFilter filter, SqlDialect dialect) => $"{ObserverRow.SelectFrom} {filter.ToWhereClause()}";

    public async ValueTask<Page<ObserverDetails>> Handle(ListObserversQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var filter = Filter.For(query);
        var observers = (await read.QueryAsync<ObserverRow>(Sql(filter, read.Dialect), filter.Parameters, cancellationToken))
            .Select(r => r.ToResponse()).OrderBy(o => o.Name.En ?? o.Name.Fr ?? o.Name.Es, StringComparer.Ordinal).ThenBy(o => o.Id).ToList();
        return BoundedList.Page(observers, o => o.Id.ToString(), query.Limit, query.Cursor);
    }
}
