using System.Globalization;
using FluentValidation;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>A time series: one indicator, one or many areas, over a span of years.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Areas">Comma-separated countries or regions (ISO alpha-3, alpha-2, M49 or scheme:code); a region brings its member countries as well as its own values; all: every area.</param>
/// <param name="From">First year (inclusive).</param>
/// <param name="To">Last year (inclusive).</param>
/// <param name="Date">The years as the World Bank API writes them: 2020, or 2000:2020 (from:to); instead of from and to.</param>
/// <param name="Mrv">Only the most recent N periods of each series, missing values included.</param>
/// <param name="Mrnev">Only the most recent N periods of each series that have a value.</param>
/// <param name="Sex">F, M, _T (both sexes, the default) or all; for indicators broken down by sex.</param>
/// <param name="Age">An age group (SDMX: Y0T4, Y_GE75), _T (all ages, the default) or all; for indicators broken down by age.</param>
/// <param name="Origin">An area of origin, _T (all origins, the default) or all; for indicators broken down by origin.</param>
/// <param name="Dataset">Only this dataset (code); default: every dataset that publishes the indicator.</param>
/// <param name="Edition">Only this edition (of the dataset, when given); default: each dataset's current release.</param>
/// <param name="Format">json (paged), csv or sdmxCsv (every row, streamed); when absent, the Accept header chooses (text/csv, application/vnd.sdmx.data+csv), else json.</param>
/// <param name="Limit">Page size, 1 to 5000, default 500 (json).</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record GetTimeSeriesQuery(
    string? Indicator, string? Areas, int? From, int? To, string? Date, int? Mrv, int? Mrnev, string? Sex, string? Age, string? Origin, string? Dataset, string? Edition,
    [property: QueryEnum(typeof(ExportFormat))] string? Format, int? Limit, string? Cursor) : IObservationQuery, IBreakdownQuery
{
    public IObservationQuery WithFormat(string format) => this with { Format = format };
}

internal sealed class GetTimeSeriesQueryValidator : AbstractValidator<GetTimeSeriesQuery>
{
    public GetTimeSeriesQueryValidator()
    {
        RuleFor(q => q.Indicator).NotEmpty().MaximumLength(60);
        RuleFor(q => q.Areas).NotEmpty().MaximumLength(4000);
        RuleFor(q => q.From).InclusiveBetween(1800, 2200);
        RuleFor(q => q.To).InclusiveBetween(1800, 2200).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null);
        RuleFor(q => q.Date).Must(d => YearSpan.TryParse(d, out _)).When(q => q.Date is not null).WithMessage("Use a year (2020) or a span of years (2000:2020).");
        RuleFor(q => q.Date).Null().When(q => q.From is not null || q.To is not null).WithMessage("Give date, or from and to, not both.");
        RuleFor(q => q.Mrv).InclusiveBetween(1, 100);
        RuleFor(q => q.Mrnev).InclusiveBetween(1, 100);
        RuleFor(q => q.Mrnev).Null().When(q => q.Mrv is not null).WithMessage("Give mrv or mrnev, not both.");
        this.AddBreakdownRules();
        RuleFor(q => q.Dataset).MaximumLength(40);
        RuleFor(q => q.Edition).MaximumLength(40);
        RuleFor(q => q.Format).EnumName<GetTimeSeriesQuery, ExportFormat>();
        RuleFor(q => q.Limit).InclusiveBetween(1, ObservationReader.MaxLimit);
    }
}

internal sealed class GetTimeSeriesQueryHandler(ObservationReader reader) : IQueryHandler<GetTimeSeriesQuery, ObservationResult>
{
    // Most recent N: fewer than N later periods in the same series (with a value, for mrnev); the key's index answers it.
    private const string LaterInSeries = """
        (SELECT COUNT(*) FROM migration_data.observations r
         WHERE r.indicator_key = o.indicator_key AND r.edition_key = o.edition_key AND r.area = o.area
           AND r.sex = o.sex AND r.age = o.age AND r.origin = o.origin AND r.period > o.period
        """;

    // Declared before the filter, which reads it as it is built.
    private static readonly string[] SeriesOrder = ["o.area", "o.period", "o.sex", "o.age", "o.origin", "o.edition_key"];

    private static readonly QueryFilter<SeriesSelection> Filter = new QueryFilter<SeriesSelection>()
        .Always("o.indicator_key = @IndicatorKey AND o.edition_key IN @Editions", s => new { s.IndicatorKey, s.Editions })
        .When(s => s.Areas is not null, "o.area IN @Areas", s => new { s.Areas })
        .When(s => s.From is not null, "o.period >= @FromPeriod", s => new { FromPeriod = s.From?.ToString("0000", CultureInfo.InvariantCulture) })
        .When(s => s.To is not null, "o.period < @ToPeriod", s => new { ToPeriod = (s.To + 1)?.ToString("0000", CultureInfo.InvariantCulture) })
        .WhereBreakdown(s => s.Breakdown)
        .When(s => s.MostRecent is not null && !s.NonEmpty, LaterInSeries + ") < @MostRecent", s => new { s.MostRecent })
        .When(s => s.MostRecent is not null && s.NonEmpty,
            "o.value IS NOT NULL AND (o.status IS NULL OR o.status <> 'missing') AND " + LaterInSeries + " AND r.value IS NOT NULL AND (r.status IS NULL OR r.status <> 'missing')) < @MostRecentNonEmpty",
            s => new { MostRecentNonEmpty = s.MostRecent })
        .When(s => s.Cursor is not null, ObservationCursor.After(SeriesOrder), s => ObservationCursor.Parameters(s.Cursor!));

    /// <summary>The series SQL for a filter: paged with the dialect's limit, or whole (for exports) without one.</summary>
    public static string Sql(SqlFilter filter, Iom.SharedKernel.Data.SqlDialect? paged) =>
        $"SELECT {ObservationRow.Columns} FROM migration_data.observations o {filter.ToWhereClause()} ORDER BY {string.Join(", ", SeriesOrder)}{(paged is null ? string.Empty : " " + paged.LimitClause("@Take"))}";

    public async ValueTask<ObservationResult> Handle(GetTimeSeriesQuery query, CancellationToken cancellationToken)
    {
        var resolved = await reader.ResolveAsync(query.Indicator, query.Areas, query.Dataset, query.Edition, query, cancellationToken);
        var span = YearSpan.TryParse(query.Date, out var given) ? given : null;
        var selection = new SeriesSelection(
            resolved.Indicator.IndicatorKey, [.. resolved.Editions.Select(e => e.EditionKey).DefaultIfEmpty(-1)],
            ObservationReader.AreasWithMembers(resolved), query.From ?? span?.From, query.To ?? span?.To, resolved.Breakdown,
            query.Mrv ?? query.Mrnev, query.Mrnev is not null, null);
        var fileName = $"{resolved.Indicator.Code}-series";
        if (EnumText.ParseOptional<ExportFormat>(query.Format) is ExportFormat.Csv or ExportFormat.SdmxCsv)
        {
            var whole = Filter.For(selection);
            return new ObservationResult(null, reader.StreamAsync(resolved, Sql(whole, null), whole.Parameters, cancellationToken), fileName);
        }

        var filter = Filter.For(selection with { Cursor = query.Cursor is null ? null : ObservationCursor.Decode(query.Cursor, SeriesOrder.Length) });
        var limit = query.Limit ?? ObservationReader.DefaultLimit;
        filter.Parameters.Add("Take", limit + 1);
        var sql = Sql(filter, reader.Database.Dialect);
        var (rows, next) = await reader.PageAsync(resolved, sql, filter.Parameters, limit,
            r => ObservationCursor.Encode(r.Area, r.Period, r.Sex, r.Age, r.Origin, r.EditionKey), cancellationToken);
        return new ObservationResult(new ObservationPage(rows, next, resolved.Areas), null, fileName);
    }
}

/// <summary>What a time series reads: the indicator's observations in the chosen editions and areas (null: all), between two years, on a breakdown, the most recent N, after a cursor.</summary>
internal sealed record SeriesSelection(
    int IndicatorKey, IReadOnlyList<int> Editions, IReadOnlyList<string>? Areas, int? From, int? To, BreakdownSelection Breakdown, int? MostRecent, bool NonEmpty, string[]? Cursor);

/// <summary>A span of years as the World Bank API's date parameter writes it: 2020, or 2000:2020.</summary>
internal sealed record YearSpan(int From, int To)
{
    public static bool TryParse(string? text, out YearSpan? span)
    {
        span = null;
        if (text is null)
        {
            return false;
        }

        var parts = text.Split(':');
        if (parts.Length is < 1 or > 2 || !parts.All(p => p.Length == 4 && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        var from = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var to = int.Parse(parts[^1], CultureInfo.InvariantCulture);
        span = from is >= 1800 and <= 2200 && to is >= 1800 and <= 2200 && from <= to ? new YearSpan(from, to) : null;
        return span is not null;
    }
}
