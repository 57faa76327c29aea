using System.Reflection;
using System.Text.RegularExpressions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Modules;
using Iom.SharedKernel.Paging;
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

    /// <summary>Names of tables and other schema objects the SQL uses that are not in <paramref name="schema"/> (temporary tables aside).</summary>
    public static IReadOnlyList<string> ObjectsOutsideSchema(TSqlFragment fragment, string schema)
    {
        var visitor = new SchemaObjectCollector();
        fragment.Accept(visitor);
        return visitor.Names
            .Where(n => n.BaseIdentifier is not null && !string.Equals(n.SchemaIdentifier?.Value, schema, StringComparison.Ordinal))
            .Where(n => !n.BaseIdentifier.Value.StartsWith('#')) // a migration's temporary table belongs to no schema
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

    /// <summary>The count statements of the <see cref="Referrer"/> arrays a module keeps (what refers to a resource it deletes).</summary>
    public static IEnumerable<(string Name, string Sql)> ReferrerStatements(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.FieldType == typeof(Referrer[]))
                .SelectMany(f => ((Referrer[])f.GetValue(null)!).Select((r, i) => ($"{t.Name}.{f.Name}[{i}]", r.CountSql))));

    /// <summary>
    /// Every statement a module can send, in SQL Server's dialect: its constants, its referrers' counts, its keyset lists, its filtered queries
    /// with every condition, and the shared kernel's statements in its schema. One source for the ScriptDom and the SQL
    /// Server model tests, so that a new statement cannot escape both.
    /// </summary>
    public static IEnumerable<(string Name, string Sql)> AllStatements(IModule module) =>
        SqlConstants(module.GetType().Assembly)
            .Concat(ReferrerStatements(module.GetType().Assembly))
            .Concat(ComposedListQueries(module))
            .Concat(ComposedFilterQueries(module))
            .Concat(SharedKernelStatements(module.Schema));

    /// <summary>The statements of the shared kernel and the host, in a module's schema.</summary>
    public static IEnumerable<(string Name, string Sql)> SharedKernelStatements(string schema) =>
        new[] { ("AuditTrail.Insert", Iom.SharedKernel.Auditing.AuditTrail.InsertSql(schema)), ("Readiness.Journal", Iom.Api.Host.Data.ModuleDatabasesHealthCheck.JournalSql(schema)), ("Readiness.Collation", TextComparison.DatabaseCollationSql) }
            .Concat(Iom.SharedKernel.Auditing.AuditHistory.Statements(schema).Select((s, i) => ($"AuditHistory.{i}", s)))
            .Concat(Iom.SharedKernel.Idempotency.IdempotencyFilter.Statements(schema).Select((s, i) => ($"Idempotency.{i}", s)))
            .Concat(Iom.SharedKernel.Outbox.OutboxSql.All(schema, SqlDialect.SqlServer).Select((s, i) => ($"Outbox.{i}", s)))
            .Concat(RetentionSweeper.Statements(schema, SqlDialect.SqlServer).Select((s, i) => ($"Retention.{i}", s)));

    /// <summary>
    /// Every <see cref="QueryFilter{TArgs}"/> with all its conditions, in the statement of its type: the keyset list's
    /// first page, or what the type's static <c>Sql(SqlFilter, SqlDialect)</c> composes.
    /// </summary>
    public static IEnumerable<(string Name, string Sql)> ComposedFilterQueries(IModule module)
    {
        const BindingFlags statics = BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public;
        foreach (var type in module.GetType().Assembly.GetTypes())
        {
            foreach (var field in type.GetFields(statics).Where(f => IsGeneric(f.FieldType, typeof(QueryFilter<>))))
            {
                var every = (SqlFilter)field.FieldType.GetMethod(nameof(QueryFilter<int>.Every))!.Invoke(field.GetValue(null), null)!;
                var list = type.GetFields(statics).FirstOrDefault(f => IsGeneric(f.FieldType, typeof(KeysetList<>)));
                var compose = type.GetMethod("Sql", statics, [typeof(SqlFilter), typeof(SqlDialect)]);
                string sql;
                if (list is not null)
                {
                    var rowType = list.FieldType.GetGenericArguments()[0];
                    var selectFrom = (string)rowType.GetField("SelectFrom", statics)!.GetRawConstantValue()!;
                    sql = (string)list.FieldType.GetMethod(nameof(KeysetList<int>.BuildSql))!
                        .Invoke(list.GetValue(null), [SqlDialect.SqlServer, selectFrom, every, new PageRequest(null, 10, null)])!;
                }
                else if (compose is not null)
                {
                    sql = (string)compose.Invoke(null, [every, SqlDialect.SqlServer])!;
                }
                else
                {
                    throw new InvalidOperationException(
                        $"{type.FullName}.{field.Name}: a filter needs a keyset list or a static Sql(SqlFilter, SqlDialect) beside it, so that its statement can be checked.");
                }

                yield return ($"{type.Name}.{field.Name} (every condition)", sql);
            }
        }
    }

    private static bool IsGeneric(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;

    /// <summary>The SQL Server text of every keyset list, for each sort field in both directions, first page and next page.</summary>
    public static IEnumerable<(string Name, string Sql)> ComposedListQueries(IModule module)
    {
        var lists = module.GetType().Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(f => IsGeneric(f.FieldType, typeof(KeysetList<>)));
        foreach (var field in lists)
        {
            var rowType = field.FieldType.GetGenericArguments()[0];
            var selectFrom = (string)rowType.GetField("SelectFrom", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.GetRawConstantValue()!;
            var list = field.GetValue(null)!;
            var method = typeof(TSqlParsing).GetMethod(nameof(ListSql), BindingFlags.Static | BindingFlags.NonPublic)!.MakeGenericMethod(rowType);
            foreach (var (name, sql) in (IEnumerable<(string, string)>)method.Invoke(null, [list, selectFrom])!)
            {
                yield return ($"{field.DeclaringType!.Name}.{field.Name} {name}", sql);
            }
        }
    }

    private static IEnumerable<(string, string)> ListSql<TRow>(KeysetList<TRow> list, string selectFrom)
    {
        var row = Activator.CreateInstance<TRow>();
        foreach (var sort in list.FieldNames.SelectMany(f => new[] { f, "-" + f }).Append(string.Join(',', list.FieldNames)))
        {
            yield return ($"sort={sort}", list.BuildSql(SqlDialect.SqlServer, selectFrom, new SqlFilter(), new PageRequest(sort, 10, null)));
            yield return ($"sort={sort}&cursor", list.BuildSql(SqlDialect.SqlServer, selectFrom, new SqlFilter(), new PageRequest(sort, 10, list.CursorAfter(row, sort))));
        }
    }

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

        // DELETE b OUTPUT … FROM schema.table b: the target is an alias the FROM clause declares, not an object.
        public override void ExplicitVisit(DeleteSpecification node)
        {
            var aliases = node.FromClause?.TableReferences.OfType<NamedTableReference>().Select(t => t.Alias?.Value).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
            if (node.Target is not NamedTableReference { SchemaObject: { SchemaIdentifier: null } name } || !aliases.Contains(name.BaseIdentifier.Value))
            {
                node.Target.Accept(this);
            }

            node.TopRowFilter?.Accept(this);
            node.OutputClause?.Accept(this);
            node.OutputIntoClause?.Accept(this);
            node.FromClause?.Accept(this);
            node.WhereClause?.Accept(this);
        }

        // Built-in type names (NVARCHAR, INT) are SchemaObjectNames too, but name no object.
        public override void ExplicitVisit(SqlDataTypeReference node)
        {
        }
    }
}
