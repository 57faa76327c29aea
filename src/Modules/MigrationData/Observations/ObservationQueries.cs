using Iom.SharedKernel.Data;
using System.Runtime.CompilerServices;
using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Data;
using Iom.Modules.MigrationData.Geography;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.MigrationData.Observations;

internal enum ExportFormat
{
    Json,
    Csv,
    SdmxCsv,
}

internal enum LatestSemantics
{
    /// <summary>The latest period with an observation, even one whose value is missing.</summary>
    Any,

    /// <summary>The latest period with a value.</summary>
    NonEmpty,
}

/// <summary>A page of observations with how each requested area code was read.</summary>
/// <param name="Items">The observations.</param>
/// <param name="NextCursor">Pass as cursor for the next page; absent on the last.</param>
/// <param name="Areas">Each requested code and the country or region it resolved to.</param>
internal sealed record ObservationPage(IReadOnlyList<ObservationValue> Items, string? NextCursor, IReadOnlyList<AreaResolution> Areas);

/// <summary>What a query answers: a page as JSON, or every row as a stream for CSV.</summary>
internal sealed record ObservationResult(ObservationPage? Page, IAsyncEnumerable<ObservationValue>? Rows, string FileName);

/// <summary>The parts every observation query shares, resolved and checked.</summary>
internal sealed record ResolvedQuery(IndicatorRef Indicator, IReadOnlyList<EditionSource> Editions, IReadOnlyList<AreaResolution> Areas, AreaDirectory.Snapshot Geography)
{
    /// <summary>Each edition's provenance, made once per query rather than once per row.</summary>
    public IReadOnlyDictionary<int, Provenance> Sources { get; } = Editions.ToDictionary(e => e.EditionKey, e => e.ToProvenance());
}

/// <summary>Runs observation SQL and turns rows into values with provenance.</summary>
internal sealed class ObservationReader(MigrationDataDatabase db, AreaDirectory areas, IndicatorDirectory indicators)
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 5000;
    public const int MaxAreas = 300;

    public MigrationDataDatabase Database => db;

    public async Task<ResolvedQuery> ResolveAsync(string? indicator, string? areaCodes, string? dataset, string? edition, CancellationToken cancellationToken)
    {
        var indicatorRef = await indicators.GetOrInvalidAsync(indicator, "indicator", cancellationToken);
        var geography = await areas.GetAsync(cancellationToken);
        var resolved = areaCodes is null ? [] : SplitCodes(areaCodes).Select(c => geography.ResolveOrInvalid(c, "areas")).ToList();
        await using var read = await db.ReadAsync(cancellationToken);
        var editions = await EditionSelector.SelectAsync(read, indicatorRef.IndicatorKey, dataset, edition, cancellationToken);
        return new ResolvedQuery(indicatorRef, editions, resolved, geography);
    }

    public static IReadOnlyList<string> SplitCodes(string codes)
    {
        var list = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return list.Length is 0 or > MaxAreas
            ? throw Invalid.Field("areas", $"Give 1 to {MaxAreas} area codes separated by commas.")
            : list;
    }

    public async Task<(List<ObservationValue> Rows, string? Next)> PageAsync(
        ResolvedQuery query, string sql, object parameters, int limit, Func<ObservationRow, string> cursorOf, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var rows = (await read.QueryAsync<ObservationRow>(sql, parameters, cancellationToken)).ToList();
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = cursorOf(rows[^1]);
        }

        return (rows.Select(r => ToValue(query, r)).ToList(), next);
    }

    public async IAsyncEnumerable<ObservationValue> StreamAsync(ResolvedQuery query, string sql, object parameters, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        await foreach (var row in read.QueryUnbufferedAsync<ObservationRow>(sql, parameters).WithCancellation(cancellationToken))
        {
            yield return ToValue(query, row);
        }
    }

    public static ObservationValue ToValue(ResolvedQuery query, ObservationRow row) => new(
        query.Indicator.Code,
        row.Area,
        query.Geography.Find(row.Area)?.Name.En ?? row.Area,
        row.Period,
        row.Value,
        row.StatusValue,
        query.Sources[row.EditionKey]);
}

/// <summary>A time series: one indicator, one or many areas, over a span of years.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Areas">Comma-separated countries or regions, each as ISO alpha-3, alpha-2, M49 or scheme:code.</param>
/// <param name="From">First year (inclusive).</param>
/// <param name="To">Last year (inclusive).</param>
/// <param name="Dataset">Only this dataset (code); default: every dataset that publishes the indicator.</param>
/// <param name="Edition">Only this edition of the dataset; default: its latest release.</param>
/// <param name="Format">json (default, paged), csv or sdmxCsv (every row, streamed).</param>
/// <param name="Limit">Page size, 1 to 5000, default 500 (json).</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record GetTimeSeriesQuery(
    string? Indicator, string? Areas, int? From, int? To, string? Dataset, string? Edition,
    [property: QueryEnum(typeof(ExportFormat))] string? Format, int? Limit, string? Cursor) : IQuery<ObservationResult>;

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
    public const string AfterCursor = "(o.area > @CArea OR (o.area = @CArea AND o.period > @CPeriod) OR (o.area = @CArea AND o.period = @CPeriod AND o.edition_key > @CEdition))";

    /// <summary>The series SQL for a filter: paged with the dialect's limit, or whole (for exports) without one.</summary>
    public static string Sql(SqlFilter filter, Iom.SharedKernel.Data.SqlDialect? paged) =>
        $"SELECT {ObservationRow.Columns} FROM migration_data.observations o {filter.ToWhereClause()} ORDER BY o.area, o.period, o.edition_key{(paged is null ? string.Empty : " " + paged.LimitClause("@Take"))}";

    public async ValueTask<ObservationResult> Handle(GetTimeSeriesQuery query, CancellationToken cancellationToken)
    {
        var resolved = await reader.ResolveAsync(query.Indicator, query.Areas, query.Dataset, query.Edition, cancellationToken);
        var filter = new SqlFilter()
            .Where("o.indicator_key = @IndicatorKey AND o.edition_key IN @Editions AND o.area IN @Areas",
                new { resolved.Indicator.IndicatorKey, Editions = resolved.Editions.Select(e => e.EditionKey).DefaultIfEmpty(-1).ToList(), Areas = resolved.Areas.Select(a => a.Area.Code).Distinct().ToList() })
            .WhereIf(query.From is not null, "o.period >= @FromPeriod", new { FromPeriod = query.From?.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) })
            .WhereIf(query.To is not null, "o.period < @ToPeriod", new { ToPeriod = (query.To + 1)?.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) });
        var fileName = $"{resolved.Indicator.Code}-series";
        if (EnumText.ParseOptional<ExportFormat>(query.Format) is ExportFormat.Csv or ExportFormat.SdmxCsv)
        {
            return new ObservationResult(null, reader.StreamAsync(resolved, Sql(filter, null), filter.Parameters, cancellationToken), fileName);
        }

        if (query.Cursor is not null)
        {
            var keys = ObservationCursor.Decode(query.Cursor, 3);
            filter.Where(AfterCursor, new { CArea = keys[0], CPeriod = keys[1], CEdition = int.Parse(keys[2], System.Globalization.CultureInfo.InvariantCulture) });
        }

        var limit = query.Limit ?? ObservationReader.DefaultLimit;
        filter.Parameters.Add("Take", limit + 1);
        var sql = Sql(filter, reader.Database.Dialect);
        var (rows, next) = await reader.PageAsync(resolved, sql, filter.Parameters, limit, r => ObservationCursor.Encode(r.Area, r.Period, r.EditionKey), cancellationToken);
        return new ObservationResult(new ObservationPage(rows, next, resolved.Areas), null, fileName);
    }
}

/// <summary>The latest value per area, with explicit semantics.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Areas">Comma-separated countries or regions (ISO alpha-3, alpha-2, M49 or scheme:code).</param>
/// <param name="Latest">any: the latest period observed, even with a missing value; nonEmpty (default): the latest period with a value.</param>
/// <param name="Dataset">Only this dataset (code).</param>
/// <param name="Edition">Only this edition of the dataset.</param>
/// <param name="Format">json (default), csv or sdmxCsv.</param>
internal sealed record GetLatestQuery(
    string? Indicator, string? Areas, [property: QueryEnum(typeof(LatestSemantics))] string? Latest, string? Dataset, string? Edition,
    [property: QueryEnum(typeof(ExportFormat))] string? Format) : IQuery<ObservationResult>;

internal sealed class GetLatestQueryValidator : AbstractValidator<GetLatestQuery>
{
    public GetLatestQueryValidator()
    {
        RuleFor(q => q.Indicator).NotEmpty().MaximumLength(60);
        RuleFor(q => q.Areas).NotEmpty().MaximumLength(4000);
        RuleFor(q => q.Latest).EnumName<GetLatestQuery, LatestSemantics>();
        RuleFor(q => q.Dataset).MaximumLength(40);
        RuleFor(q => q.Edition).MaximumLength(40);
        RuleFor(q => q.Format).EnumName<GetLatestQuery, ExportFormat>();
    }
}

internal sealed class GetLatestQueryHandler(ObservationReader reader) : IQueryHandler<GetLatestQuery, ObservationResult>
{
    private const string Sql = """
        SELECT x.indicator_key, x.edition_key, x.area, x.period, x.value, x.status FROM (
            SELECT o.indicator_key, o.edition_key, o.area, o.period, o.value, o.status,
                   ROW_NUMBER() OVER (PARTITION BY o.edition_key, o.area ORDER BY o.period DESC) AS position
            FROM migration_data.observations o
            WHERE o.indicator_key = @IndicatorKey AND o.edition_key IN @Editions AND o.area IN @Areas
              AND (@NonEmpty = 0 OR (o.value IS NOT NULL AND (o.status IS NULL OR o.status <> 'missing')))
        ) x
        WHERE x.position = 1
        ORDER BY x.area, x.edition_key
        """;

    public async ValueTask<ObservationResult> Handle(GetLatestQuery query, CancellationToken cancellationToken)
    {
        var resolved = await reader.ResolveAsync(query.Indicator, query.Areas, query.Dataset, query.Edition, cancellationToken);
        var semantics = EnumText.ParseOptional<LatestSemantics>(query.Latest) ?? LatestSemantics.NonEmpty;
        var parameters = new
        {
            resolved.Indicator.IndicatorKey,
            Editions = resolved.Editions.Select(e => e.EditionKey).DefaultIfEmpty(-1).ToList(),
            Areas = resolved.Areas.Select(a => a.Area.Code).Distinct().ToList(),
            NonEmpty = semantics == LatestSemantics.NonEmpty ? 1 : 0,
        };
        var fileName = $"{resolved.Indicator.Code}-latest";
        if (EnumText.ParseOptional<ExportFormat>(query.Format) is ExportFormat.Csv or ExportFormat.SdmxCsv)
        {
            return new ObservationResult(null, reader.StreamAsync(resolved, Sql, parameters, cancellationToken), fileName);
        }

        var (rows, _) = await reader.PageAsync(resolved, Sql, parameters, int.MaxValue, _ => string.Empty, cancellationToken);
        return new ObservationResult(new ObservationPage(rows, null, resolved.Areas), null, fileName);
    }
}

/// <summary>A cross-section: one indicator and one period across countries.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Period">The period: 2024, 2024-Q1 or 2024-03.</param>
/// <param name="Region">Only the member countries of this region (scheme:code, such as sdg:747); default: every country.</param>
/// <param name="Dataset">Only this dataset (code).</param>
/// <param name="Edition">Only this edition of the dataset.</param>
/// <param name="Format">json (default, paged), csv or sdmxCsv (streamed).</param>
/// <param name="Limit">Page size, 1 to 5000, default 500.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record GetCrossSectionQuery(
    string? Indicator, string? Period, string? Region, string? Dataset, string? Edition,
    [property: QueryEnum(typeof(ExportFormat))] string? Format, int? Limit, string? Cursor) : IQuery<ObservationResult>;

internal sealed class GetCrossSectionQueryValidator : AbstractValidator<GetCrossSectionQuery>
{
    public GetCrossSectionQueryValidator()
    {
        RuleFor(q => q.Indicator).NotEmpty().MaximumLength(60);
        RuleFor(q => q.Period).NotEmpty().Must(Periods.IsValid).WithMessage("Use a year (2024), a quarter (2024-Q1) or a month (2024-03).");
        RuleFor(q => q.Region).MaximumLength(20);
        RuleFor(q => q.Dataset).MaximumLength(40);
        RuleFor(q => q.Edition).MaximumLength(40);
        RuleFor(q => q.Format).EnumName<GetCrossSectionQuery, ExportFormat>();
        RuleFor(q => q.Limit).InclusiveBetween(1, ObservationReader.MaxLimit);
    }
}

internal sealed class GetCrossSectionQueryHandler(ObservationReader reader) : IQueryHandler<GetCrossSectionQuery, ObservationResult>
{
    public const string AfterCursor = "(o.area > @CArea OR (o.area = @CArea AND o.edition_key > @CEdition))";

    /// <summary>The cross-section SQL for a filter: paged with the dialect's limit, or whole (for exports) without one.</summary>
    public static string Sql(SqlFilter filter, Iom.SharedKernel.Data.SqlDialect? paged) =>
        $"SELECT {ObservationRow.Columns} FROM migration_data.observations o {filter.ToWhereClause()} ORDER BY o.area, o.edition_key{(paged is null ? string.Empty : " " + paged.LimitClause("@Take"))}";

    public async ValueTask<ObservationResult> Handle(GetCrossSectionQuery query, CancellationToken cancellationToken)
    {
        var resolved = await reader.ResolveAsync(query.Indicator, null, query.Dataset, query.Edition, cancellationToken);
        var filter = new SqlFilter().Where("o.indicator_key = @IndicatorKey AND o.edition_key IN @Editions AND o.period = @Period",
            new { resolved.Indicator.IndicatorKey, Editions = resolved.Editions.Select(e => e.EditionKey).DefaultIfEmpty(-1).ToList(), query.Period });
        if (query.Region is not null)
        {
            var region = resolved.Geography.Find(query.Region) is { Kind: AreaKind.Region } found ? found : throw Invalid.Field("region", $"'{query.Region}' is not a region (scheme:code, such as sdg:747).");
            filter.Where("o.area IN @Members", new { Members = resolved.Geography.MembersOf(region.Code) });
            resolved = resolved with { Areas = [new AreaResolution(query.Region, CodeScheme.Region, region, null)] };
        }
        else
        {
            filter.Where("o.area NOT LIKE '%:%'");
        }

        var fileName = $"{resolved.Indicator.Code}-{query.Period}";
        if (EnumText.ParseOptional<ExportFormat>(query.Format) is ExportFormat.Csv or ExportFormat.SdmxCsv)
        {
            return new ObservationResult(null, reader.StreamAsync(resolved, Sql(filter, null), filter.Parameters, cancellationToken), fileName);
        }

        if (query.Cursor is not null)
        {
            var keys = ObservationCursor.Decode(query.Cursor, 2);
            filter.Where(AfterCursor, new { CArea = keys[0], CEdition = int.Parse(keys[1], System.Globalization.CultureInfo.InvariantCulture) });
        }

        var limit = query.Limit ?? ObservationReader.DefaultLimit;
        filter.Parameters.Add("Take", limit + 1);
        var sql = Sql(filter, reader.Database.Dialect);
        var (rows, next) = await reader.PageAsync(resolved, sql, filter.Parameters, limit, r => ObservationCursor.Encode(r.Area, r.EditionKey), cancellationToken);
        return new ObservationResult(new ObservationPage(rows, next, resolved.Areas), null, fileName);
    }
}
