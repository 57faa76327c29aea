using Dapper;

namespace Iom.SharedKernel.Paging;

/// <summary>WHERE conditions built from constant SQL fragments, with their values always as parameters.</summary>
public sealed class SqlFilter
{
    private readonly List<string> _conditions = [];

    public DynamicParameters Parameters { get; } = new();

    public SqlFilter Where(string condition, object? parameters = null)
    {
        _conditions.Add(condition);
        if (parameters is not null)
        {
            Parameters.AddDynamicParams(parameters);
        }

        return this;
    }

    public SqlFilter WhereIf(bool apply, string condition, object? parameters = null) =>
        apply ? Where(condition, parameters) : this;

    public IReadOnlyList<string> Conditions => _conditions;

    public string ToWhereClause() => _conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", _conditions);
}
