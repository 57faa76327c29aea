using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Iom.Api.Tests.Sql;

/// <summary>SQL Server 2022's own parser, so that T-SQL is checked on machines where SQL Server cannot run.</summary>
internal static partial class TSqlParsing
{
    public static (TSqlFragment Fragment, IList<ParseError> Errors) Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(DapperListsToTSql(sql));
        var fragment = parser.Parse(reader, out var errors);
        return (fragment, errors);
    }

    public static string Describe(IEnumerable<ParseError> errors) =>
        string.Join("; ", errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}"));

    /// <summary>Names of tables and other schema objects the SQL uses that are not in <paramref name="schema"/>.</summary>
    public static IReadOnlyList<string> ObjectsOutsideSchema(TSqlFragment fragment, string schema)
    {
        var visitor = new SchemaObjectCollector();
        fragment.Accept(visitor);
        return visitor.Names
            .Where(n => n.BaseIdentifier is not null && !string.Equals(n.SchemaIdentifier?.Value, schema, StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Identifiers.Select(i => i.Value)))
            .ToList();
    }

    /// <summary>Every const string of the assembly that is a SQL statement.</summary>
    public static IEnumerable<(string Name, string Sql)> SqlConstants(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => ($"{t.Name}.{f.Name}", (string)f.GetRawConstantValue()!)))
            .Where(c => StatementStart().IsMatch(c.Item2));

    // Dapper expands "IN @Ids" into "IN (@Ids1, @Ids2)"; T-SQL needs the parentheses.
    private static string DapperListsToTSql(string sql) => DapperList().Replace(sql, "IN (@$1)");

    [GeneratedRegex(@"IN @(\w+)")]
    private static partial Regex DapperList();

    [GeneratedRegex(@"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\s", RegexOptions.IgnoreCase)]
    private static partial Regex StatementStart();

    private sealed class SchemaObjectCollector : TSqlFragmentVisitor
    {
        public List<SchemaObjectName> Names { get; } = [];

        public override void ExplicitVisit(SchemaObjectName node)
        {
            Names.Add(node);
            base.ExplicitVisit(node);
        }

        // Built-in type names (NVARCHAR, INT) are SchemaObjectNames too, but name no object.
        public override void ExplicitVisit(SqlDataTypeReference node)
        {
        }
    }
}
