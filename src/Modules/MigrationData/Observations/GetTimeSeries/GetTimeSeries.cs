using System.Globalization;
using FluentValidation;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>A time series: one indicator, one or many areas, over a span of years.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Areas">Comma-separated countries or regions, each as ISO alpha-3, alpha-2, M49 or scheme:code.</param>
/// <param name="From">First year (inclusive).</param>
/// <param name="To">Last year (inclusive).</param>
/// <param name="Dataset">Only this dataset (code); default: every dataset that publishes the indicator.</param>
/// <param name="Edition">Only this edition of the dataset; default: its latest release.</param>
/// <param name="Format">json (paged), csv or sdmxCsv (every row, streamed); when absent, the Accept header chooses (text/csv, application/vnd.sdmx.data+csv), else json.</param>
/// <param name="Limit">Page size, 1 to 5000, default 500 (json).</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record GetTimeSeriesQuery(
    string? Indicator, string? Areas, int? From, int? To, string? Dataset, string? Edition,
    [property: QueryEnum(typeof(ExportFormat))] string? Format, int? Limit, string? Cursor) : IObservationQuery
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
        RuleFor(q => q.Dataset).MaximumLength(40);
        RuleFor(q => q.Edition).MaximumLength(40);
        RuleFor(q => q.Format).EnumName<GetTimeSeriesQuery, ExportFormat>();
        RuleFor(q => q.Limit).InclusiveBetween(1, ObservationReader.MaxLimit);
    }
}

internal sealed class GetTimeSeriesQueryHandler(ObservationReader reader) : IQueryHandler<GetTimeSeriesQuery, ObservationResult>
{
    private static readonly QueryFilter<SeriesSelection> Filter = new QueryFilter<SeriesSelection>()
        .Always("o.indicator_key = @IndicatorKey AND o.edition_key IN @Editions AND o.area IN @Areas", s => new { s.IndicatorKey, s.Editions, s.Areas })
        .When(s => s.From is not null, "o.period >= @FromPeriod", s => new { FromPeriod = s.From?.ToString("0000", CultureInfo.InvariantCulture) })
        .When(s => s.To is not null, "o.period < @ToPeriod", s => new { ToPeriod = (s.To + 1)?.ToString("0000", CultureInfo.InvariantCulture) })
        .When(s => s.Cursor is not null, "(o.area > @CArea OR (o.area = @CArea AND o.period > @CPeriod) OR (o.area = @CArea AND o.period = @CPeriod AND o.edition_key > @CEdition))",
            s => new { CArea = s.Cursor![0], CPeriod = s.Cursor[1], CEdition = int.Parse(s.Cursor[2], CultureInfo.InvariantCulture) });

    /// <summary>The series SQL for a filter: paged with the dialect's limit, or whole (for exports) without one.</summary>
    public static string Sql(SqlFilter filter, Iom.SharedKernel.Data.SqlDialect? paged) =>
        $"SELECT {ObservationRow.Columns} FROM migration_data.observations o {filter.ToWhereClause()} ORDER BY o.area, o.period, o.edition_key{(paged is null ? string.Empty : " " + paged.LimitClause("@Take"))}";

    public async ValueTask<ObservationResult> Handle(GetTimeSeriesQuery query, CancellationToken cancellationToken)
    {
        var resolved = await reader.ResolveAsync(query.Indicator, query.Areas, query.Dataset, query.Edition, cancellationToken);
        var selection = new SeriesSelection(
            resolved.Indicator.IndicatorKey, [.. resolved.Editions.Select(e => e.EditionKey).DefaultIfEmpty(-1)],
            [.. resolved.Areas.Select(a => a.Area.Code).Distinct()], query.From, query.To, null);
        var fileName = $"{resolved.Indicator.Code}-series";
        if (EnumText.ParseOptional<ExportFormat>(query.Format) is ExportFormat.Csv or ExportFormat.SdmxCsv)
        {
            var whole = Filter.For(selection);
            return new ObservationResult(null, reader.StreamAsync(resolved, Sql(whole, null), whole.Parameters, cancellationToken), fileName);
        }

        var filter = Filter.For(selection with { Cursor = query.Cursor is null ? null : ObservationCursor.Decode(query.Cursor, 3) });

        var limit = query.Limit ?? ObservationReader.DefaultLimit;
        filter.Parameters.Add("Take", limit + 1);
        var sql = Sql(filter, reader.Database.Dialect);
        var (rows, next) = await reader.PageAsync(resolved, sql, filter.Parameters, limit, r => ObservationCursor.Encode(r.Area, r.Period, r.EditionKey), cancellationToken);
        return new ObservationResult(new ObservationPage(rows, next, resolved.Areas), null, fileName);
    }
}

/// <summary>What a time series reads: the indicator's observations in the chosen editions and areas, between two years, after a cursor.</summary>
internal sealed record SeriesSelection(int IndicatorKey, IReadOnlyList<int> Editions, IReadOnlyList<string> Areas, int? From, int? To, string[]? Cursor);
