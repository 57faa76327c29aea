using Iom.Api.Tests.Sql;
using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Paging;

namespace Iom.Api.Tests.MigrationData;

/// <summary>The observation queries composed at run time, with every filter and the cursor, parse as T-SQL in the module's schema.</summary>
public sealed class ObservationSqlTests
{
    private static IEnumerable<TestCaseData> Statements()
    {
        foreach (var paged in new[] { SqlDialect.SqlServer, null })
        {
            var series = new SqlFilter()
                .Where("o.indicator_key = @IndicatorKey AND o.edition_key IN @Editions AND o.area IN @Areas")
                .Where("o.period >= @FromPeriod").Where("o.period < @ToPeriod").Where(GetTimeSeriesQueryHandler.AfterCursor);
            yield return new TestCaseData(GetTimeSeriesQueryHandler.Sql(series, paged)).SetArgDisplayNames($"series {(paged is null ? "export" : "page")}");
            var cross = new SqlFilter()
                .Where("o.indicator_key = @IndicatorKey AND o.edition_key IN @Editions AND o.period = @Period").Where("o.area IN @Members")
                .Where("o.area NOT LIKE '%:%'").Where(GetCrossSectionQueryHandler.AfterCursor);
            yield return new TestCaseData(GetCrossSectionQueryHandler.Sql(cross, paged)).SetArgDisplayNames($"cross-section {(paged is null ? "export" : "page")}");
        }
    }

    [TestCaseSource(nameof(Statements))]
    public void ComposedObservationSql_ParsesAsTSqlInTheSchema(string sql)
    {
        // Dapper expands IN @list into (@list1, @list2...); the parser needs the expanded form.
        var expanded = sql.Replace("IN @Editions", "IN (@Editions1, @Editions2)", StringComparison.Ordinal)
            .Replace("IN @Areas", "IN (@Areas1)", StringComparison.Ordinal).Replace("IN @Members", "IN (@Members1)", StringComparison.Ordinal);
        var (fragment, errors) = TSqlParsing.Parse(expanded);
        Assert.That(errors, Is.Empty, TSqlParsing.Describe(errors) + "\n" + expanded);
        Assert.That(TSqlParsing.ObjectsOutsideSchema(fragment, "migration_data"), Is.Empty);
    }
}
