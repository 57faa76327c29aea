using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Delegations;

/// <summary>A session's delegations, by English name.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Credentials">Only delegations whose credentials are in this status.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListDelegationsQuery(Guid SessionId, [property: QueryEnum(typeof(CredentialsStatus))] string? Credentials, int? Limit, string? Cursor)
    : IQuery<Page<DelegationDetails>>;

internal sealed class ListDelegationsQueryValidator : AbstractValidator<ListDelegationsQuery>
{
    public ListDelegationsQueryValidator() => RuleFor(q => q.Credentials).EnumName<ListDelegationsQuery, CredentialsStatus>();
}

internal sealed class ListDelegationsQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<ListDelegationsQuery, Page<DelegationDetails>>
{
    private static readonly QueryFilter<ListDelegationsQuery> Filter = new QueryFilter<ListDelegationsQuery>()
        .Always("d.session_id = @SessionId", q => new { q.SessionId })
        .When(q => q.Credentials is not null, "d.credentials_status = @Status", q => new { Status = EnumText.ParseOptional<CredentialsStatus>(q.Credentials)?.ToText() });

    /// <summary>The statement the filter composes (the model tests compile it with every condition).</summary>
    public static string Sql(SqlFilter filter, SqlDialect dialect) => $"{DelegationRow.SelectFrom} {filter.ToWhereClause()}";

    public async ValueTask<Page<DelegationDetails>> Handle(ListDelegationsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var filter = Filter.For(query);
        var rows = (await read.QueryAsync<DelegationRow>(Sql(filter, read.Dialect), filter.Parameters, cancellationToken))
            .OrderBy(r => r.Name.En ?? r.Name.Fr ?? r.Name.Es, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
        return BoundedList.Page(await DelegationRow.ToResponsesAsync(read, rows, cancellationToken), d => d.Id.ToString(), query.Limit, query.Cursor);
    }
}
