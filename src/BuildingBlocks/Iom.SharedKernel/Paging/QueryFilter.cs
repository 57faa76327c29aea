namespace Iom.SharedKernel.Paging;

/// <summary>
/// The WHERE conditions a list or report may apply, declared once as constant SQL fragments with when each applies and
/// its parameters, so that the SQL Server model tests can compile the statement with every condition in it
/// (<see cref="Every"/>) while requests get only theirs (<see cref="For"/>).
/// </summary>
/// <typeparam name="TArgs">What the conditions are chosen from: the query, or a record of it and what the handler resolved.</typeparam>
public sealed class QueryFilter<TArgs>
{
    private readonly List<Condition> _conditions = [];

    /// <summary>A condition every request applies.</summary>
    public QueryFilter<TArgs> Always(string sql, Func<TArgs, object?>? parameters = null) => When(_ => true, sql, parameters);

    /// <summary>A condition applied when <paramref name="applies"/> says so.</summary>
    public QueryFilter<TArgs> When(Func<TArgs, bool> applies, string sql, Func<TArgs, object?>? parameters = null)
    {
        _conditions.Add(new Condition(applies, sql, parameters));
        return this;
    }

    /// <summary>The conditions that apply to <paramref name="args"/>, with their values as parameters.</summary>
    public SqlFilter For(TArgs args)
    {
        var filter = new SqlFilter();
        foreach (var condition in _conditions.Where(c => c.Applies(args)))
        {
            filter.Where(condition.Sql, condition.Parameters?.Invoke(args));
        }

        return filter;
    }

    /// <summary>Every condition at once, without values: the statement the model tests compile.</summary>
    public SqlFilter Every()
    {
        var filter = new SqlFilter();
        foreach (var condition in _conditions)
        {
            filter.Where(condition.Sql);
        }

        return filter;
    }

    private sealed record Condition(Func<TArgs, bool> Applies, string Sql, Func<TArgs, object?>? Parameters);
}
