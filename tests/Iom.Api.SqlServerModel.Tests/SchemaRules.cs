using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Iom.Api.SqlServerModel.Tests;

/// <summary>
/// What a SQL Server DBA checks in a schema that DacFx's model does not: keys that fit SQL Server's limits, an index
/// under every foreign key, no clustered key filled at random by the database. Each rule returns the places that break it.
/// </summary>
internal static class SchemaRules
{
    public const int ClusteredKeyLimit = 900;
    public const int NonClusteredKeyLimit = 1700;

    /// <summary>Keys whose widest value passes 900 bytes (clustered) or 1,700 bytes (nonclustered): the insert fails (Msg 1946).</summary>
    public static IReadOnlyList<string> KeysTooWide(Schema schema) =>
        schema.Keys.Select(k => (Key: k, Bytes: k.Columns.Sum(c => schema.Bytes(k.Table, c))))
            .Where(k => k.Bytes > (k.Key.Clustered ? ClusteredKeyLimit : NonClusteredKeyLimit))
            .Select(k => $"{k.Key.Name} on {k.Key.Table} ({string.Join(", ", k.Key.Columns)}): up to {k.Bytes} bytes, past {(k.Key.Clustered ? ClusteredKeyLimit : NonClusteredKeyLimit)}")
            .ToList();

    /// <summary>Foreign keys whose columns lead no key or index: every delete of the parent scans the child.</summary>
    public static IReadOnlyList<string> ForeignKeysWithoutAnIndex(Schema schema) =>
        schema.ForeignKeys
            .Where(fk => !schema.Keys.Any(k => k.Table == fk.Table && k.Columns.Count >= fk.Columns.Count
                && k.Columns.Take(fk.Columns.Count).ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(fk.Columns)))
            .Select(fk => $"{fk.Table} ({string.Join(", ", fk.Columns)}) references {fk.References} with no index")
            .ToList();

    /// <summary>Clustered keys led by a uniqueidentifier the database fills with NEWID(): every insert lands at random.</summary>
    public static IReadOnlyList<string> ClusteredOnRandomGuids(Schema schema) =>
        schema.Keys.Where(k => k.Clustered && schema.DefaultsToNewId(k.Table, k.Columns[0]))
            .Select(k => $"{k.Name} on {k.Table} is clustered on {k.Columns[0]}, filled by NEWID()")
            .ToList();

    /// <summary>
    /// Sort columns of keyset lists that no index of their table orders by: every page would sort the whole table. An
    /// index serves when the sort column leads it, or comes right after its first column (a list always filtered by
    /// that column, such as agenda items by session).
    /// </summary>
    public static IReadOnlyList<string> SortsWithoutAnIndex(Schema schema, IEnumerable<(string List, string SelectFrom, IEnumerable<string> Columns)> lists)
    {
        var breaks = new List<string>();
        foreach (var (list, selectFrom, columns) in lists)
        {
            var tables = TablesByAlias(selectFrom);
            foreach (var column in columns)
            {
                var (alias, name) = column.Contains('.') ? (column.Split('.')[0], column.Split('.')[1]) : (string.Empty, column);
                var table = tables.TryGetValue(alias, out var t) ? t : tables.Values.Single();
                if (!schema.Keys.Any(k => k.Table.Equals(table, StringComparison.OrdinalIgnoreCase) && k.Columns.Take(2).Contains(name, StringComparer.OrdinalIgnoreCase)))
                {
                    breaks.Add($"{list}: sorts by {table}.{name}, which leads no index");
                }
            }
        }

        return breaks;
    }

    // The tables a SELECT reads, by alias ("" for a table without one).
    private static Dictionary<string, string> TablesByAlias(string selectFrom)
    {
        var fragment = new TSql160Parser(true).Parse(new StringReader(selectFrom), out _);
        var visitor = new TableVisitor();
        fragment.Accept(visitor);
        return visitor.Tables;
    }

    private sealed class TableVisitor : TSqlFragmentVisitor
    {
        public Dictionary<string, string> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void ExplicitVisit(NamedTableReference node)
        {
            Tables.TryAdd(node.Alias?.Value ?? string.Empty, $"{node.SchemaObject.SchemaIdentifier?.Value}.{node.SchemaObject.BaseIdentifier.Value}");
            base.ExplicitVisit(node);
        }
    }

    /// <summary>INSERTs whose column list and VALUES rows differ in length.</summary>
    public static IReadOnlyList<string> InsertsWithMismatchedValues(IEnumerable<(string Name, string Sql)> statements)
    {
        var breaks = new List<string>();
        foreach (var (name, sql) in statements)
        {
            var fragment = new TSql160Parser(true).Parse(new StringReader(sql), out _);
            var visitor = new InsertVisitor();
            fragment?.Accept(visitor);
            breaks.AddRange(visitor.Mismatches.Select(m => $"{name}: {m}"));
        }

        return breaks;
    }

    private sealed class InsertVisitor : TSqlFragmentVisitor
    {
        public List<string> Mismatches { get; } = [];

        public override void ExplicitVisit(InsertSpecification node)
        {
            if (node.Columns.Count > 0 && node.InsertSource is ValuesInsertSource values)
            {
                foreach (var row in values.RowValues.Where(r => r.ColumnValues.Count != node.Columns.Count))
                {
                    Mismatches.Add($"{node.Columns.Count} columns, {row.ColumnValues.Count} values");
                }
            }

            base.ExplicitVisit(node);
        }
    }
}
