using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Iom.Api.SqlServerModel.Tests;

/// <summary>A key or index: its table, its columns in order, and whether it is the clustered one.</summary>
internal sealed record Key(string Name, string Table, IReadOnlyList<string> Columns, bool Clustered);

internal sealed record ForeignKey(string Table, IReadOnlyList<string> Columns, string References);

/// <summary>The tables, keys, indexes and foreign keys that the folded migrations leave, read with SQL Server's parser.</summary>
internal sealed class Schema
{
    private readonly Dictionary<string, Dictionary<string, ColumnDefinition>> _columns = new(StringComparer.OrdinalIgnoreCase);

    public List<Key> Keys { get; } = [];

    public List<ForeignKey> ForeignKeys { get; } = [];

    public static Schema Read(IEnumerable<string> scripts)
    {
        var schema = new Schema();
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        foreach (var script in scripts)
        {
            var parsed = (TSqlScript)parser.Parse(new StringReader(script), out _);
            foreach (var statement in parsed.Batches.SelectMany(b => b.Statements))
            {
                switch (statement)
                {
                    case CreateTableStatement table:
                        schema.Add(table);
                        break;
                    case CreateIndexStatement index:
                        schema.Keys.Add(new Key(index.Name.Value, Name(index.OnName), [.. index.Columns.Select(Column)], index.Clustered == true));
                        break;
                }
            }
        }

        return schema;
    }

    /// <summary>The most bytes a value of the column can take in a key.</summary>
    public int Bytes(string table, string column)
    {
        var type = (SqlDataTypeReference)_columns[table][column].DataType;
        var length = type.Parameters.Count > 0 && int.TryParse(type.Parameters[0].Value, out var n) ? n : 1;
        var isMax = type.Parameters.Count > 0 && type.Parameters[0] is MaxLiteral;
        return type.SqlDataTypeOption switch
        {
            _ when isMax => int.MaxValue / 2,
            SqlDataTypeOption.NVarChar or SqlDataTypeOption.NChar => 2 * length,
            SqlDataTypeOption.VarChar or SqlDataTypeOption.Char or SqlDataTypeOption.VarBinary or SqlDataTypeOption.Binary => length,
            SqlDataTypeOption.UniqueIdentifier => 16,
            SqlDataTypeOption.BigInt or SqlDataTypeOption.DateTime or SqlDataTypeOption.DateTime2 => 8,
            SqlDataTypeOption.Int => 4,
            SqlDataTypeOption.SmallInt => 2,
            SqlDataTypeOption.TinyInt or SqlDataTypeOption.Bit => 1,
            SqlDataTypeOption.Date => 3,
            SqlDataTypeOption.Time => 5,
            SqlDataTypeOption.DateTimeOffset => 10,
            SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric => 17,
            _ => throw new NotSupportedException($"{table}.{column}: no key size known for {type.SqlDataTypeOption}"),
        };
    }

    public bool DefaultsToNewId(string table, string column) =>
        _columns[table][column].DefaultConstraint?.Expression is FunctionCall { FunctionName.Value: var f }
        && f.Equals("NEWID", StringComparison.OrdinalIgnoreCase);

    private void Add(CreateTableStatement table)
    {
        var name = Name(table.SchemaObjectName);
        _columns[name] = table.Definition.ColumnDefinitions.ToDictionary(c => c.ColumnIdentifier.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var column in table.Definition.ColumnDefinitions)
        {
            foreach (var constraint in column.Constraints)
            {
                AddConstraint(name, constraint, [column.ColumnIdentifier.Value]);
            }
        }

        foreach (var constraint in table.Definition.TableConstraints)
        {
            AddConstraint(name, constraint, []);
        }

        foreach (var index in table.Definition.Indexes)
        {
            Keys.Add(new Key(index.Name.Value, name, [.. index.Columns.Select(Column)], index.IndexType?.IndexTypeKind == IndexTypeKind.Clustered));
        }
    }

    private void AddConstraint(string table, ConstraintDefinition constraint, IReadOnlyList<string> ownColumn)
    {
        switch (constraint)
        {
            case UniqueConstraintDefinition unique:
                var columns = unique.Columns.Count > 0 ? [.. unique.Columns.Select(Column)] : ownColumn;
                Keys.Add(new Key(unique.ConstraintIdentifier?.Value ?? (unique.IsPrimaryKey ? "primary key" : "unique"), table, columns, unique.Clustered ?? unique.IsPrimaryKey));
                break;
            case ForeignKeyConstraintDefinition foreign:
                ForeignKeys.Add(new ForeignKey(table, foreign.Columns.Count > 0 ? [.. foreign.Columns.Select(c => c.Value)] : ownColumn, Name(foreign.ReferenceTableName)));
                break;
        }
    }

    private static string Column(ColumnWithSortOrder column) => column.Column.MultiPartIdentifier.Identifiers[^1].Value;

    private static string Name(SchemaObjectName name) => $"{name.SchemaIdentifier?.Value}.{name.BaseIdentifier.Value}";
}
