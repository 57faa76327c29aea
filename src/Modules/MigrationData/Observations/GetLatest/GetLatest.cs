using FluentValidation;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>The latest value per area, with explicit semantics.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Areas">Comma-separated countries or regions (ISO alpha-3, alpha-2, M49 or scheme:code); a region brings its member countries as well as its own values; all: every area.</param>
/// <param name="Latest">any: the latest period observed, even with a missing value; nonEmpty (default): the latest period with a value.</param>
/// <param name="Sex">F, M, _T (both sexes, the default) or all; for indicators broken down by sex.</param>
/// <param name="Age">An age group (SDMX: Y0T4, Y_GE75), _T (all ages, the default) or all; for indicators broken down by age.</param>
/// <param name="Origin">An area of origin, _T (all origins, the default) or all; for indicators broken down by origin.</param>
/// <param name="Dataset">Only this dataset (code).</param>
/// <param name="Edition">Only this edition (of the dataset, when given).</param>
/// <param name="Format">json, csv or sdmxCsv; when absent, the Accept header chooses (text/csv, application/vnd.sdmx.data+csv), else json.</param>
internal sealed record GetLatestQuery(
    string? Indicator, string? Areas, [property: QueryEnum(typeof(LatestSemantics))] string? Latest, string? Sex, string? Age, string? Origin, string? Dataset, string? Edition,
    [property: QueryEnum(typeof(ExportFormat))] string? Format) : IObservationQuery, IBreakdownQuery
{
    public IObservationQuery WithFormat(string format) => this with { Format = format };
}

internal sealed class GetLatestQueryValidator : AbstractValidator<GetLatestQuery>
{
    public GetLatestQueryValidator()
    {
        RuleFor(q => q.Indicator).NotEmpty().MaximumLength(60);
        RuleFor(q => q.Areas).NotEmpty().MaximumLength(4000);
        RuleFor(q => q.Latest).EnumName<GetLatestQuery, LatestSemantics>();
        this.AddBreakdownRules();
        RuleFor(q => q.Dataset).MaximumLength(40);
        RuleFor(q => q.Edition).MaximumLength(40);
        RuleFor(q => q.Format).EnumName<GetLatestQuery, ExportFormat>();
    }
}

internal sealed class GetLatestQueryHandler(ObservationReader reader) : IQueryHandler<GetLatestQuery, ObservationResult>
{
    private static readonly QueryFilter<LatestSelection> Filter = new QueryFilter<LatestSelection>()
        .Always("o.indicator_key = @IndicatorKey AND o.edition_key IN @Editions", s => new { s.IndicatorKey, s.Editions })
        .When(s => s.Areas is not null, "o.area IN @Areas", s => new { s.Areas })
        .When(s => s.NonEmpty, "o.value IS NOT NULL AND (o.status IS NULL OR o.status <> 'missing')")
        .WhereBreakdown(s => s.Breakdown);

    /// <summary>The latest observation of each series (edition, area, breakdown) the filter keeps.</summary>
    public static string Sql(SqlFilter filter, Iom.SharedKernel.Data.SqlDialect dialect) => $"""
        SELECT x.indicator_key, x.edition_key, x.area, x.period, x.sex, x.age, x.origin, x.value, x.status FROM (
            SELECT {ObservationRow.Columns},
                   ROW_NUMBER() OVER (PARTITION BY o.edition_key, o.area, o.sex, o.age, o.origin ORDER BY o.period DESC) AS position
            FROM migration_data.observations o
            {filter.ToWhereClause()}
        ) x
        WHERE x.position = 1
        ORDER BY x.area, x.sex, x.age, x.origin, x.edition_key
        """;

    public async ValueTask<ObservationResult> Handle(GetLatestQuery query, CancellationToken cancellationToken)
    {
        var resolved = await reader.ResolveAsync(query.Indicator, query.Areas, query.Dataset, query.Edition, query, cancellationToken);
        var semantics = EnumText.ParseOptional<LatestSemantics>(query.Latest) ?? LatestSemantics.NonEmpty;
        var filter = Filter.For(new LatestSelection(
            resolved.Indicator.IndicatorKey, [.. resolved.Editions.Select(e => e.EditionKey).DefaultIfEmpty(-1)],
            ObservationReader.AreasWithMembers(resolved), semantics == LatestSemantics.NonEmpty, resolved.Breakdown));
        var sql = Sql(filter, reader.Database.Dialect);
        var parameters = filter.Parameters;
        var fileName = $"{resolved.Indicator.Code}-latest";
        if (EnumText.ParseOptional<ExportFormat>(query.Format) is ExportFormat.Csv or ExportFormat.SdmxCsv)
        {
            return new ObservationResult(null, reader.StreamAsync(resolved, sql, parameters, cancellationToken), fileName);
        }

        var (rows, _) = await reader.PageAsync(resolved, sql, parameters, int.MaxValue, _ => string.Empty, cancellationToken);
        return new ObservationResult(new ObservationPage(rows, null, resolved.Areas), null, fileName);
    }
}

/// <summary>What the latest values are picked from: the indicator's observations in the chosen editions and areas (null: all), with a value or any, on a breakdown.</summary>
internal sealed record LatestSelection(int IndicatorKey, IReadOnlyList<int> Editions, IReadOnlyList<string>? Areas, bool NonEmpty, BreakdownSelection Breakdown);
