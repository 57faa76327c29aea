using FluentValidation;
using Iom.Modules.MigrationData.Geography;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>A cross-section: one indicator and one period across countries.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Period">The period: 2024, 2024-Q1 or 2024-03.</param>
/// <param name="Region">Only the member countries of this region (scheme:code, such as sdg:747); default: every country.</param>
/// <param name="Sex">F, M, _T (both sexes, the default) or all; for indicators broken down by sex.</param>
/// <param name="Age">An age group (SDMX: Y0T4, Y_GE75), _T (all ages, the default) or all; for indicators broken down by age.</param>
/// <param name="Origin">An area of origin, _T (all origins, the default) or all; for indicators broken down by origin.</param>
/// <param name="Dataset">Only this dataset (code).</param>
/// <param name="Edition">Only this edition (of the dataset, when given).</param>
/// <param name="Format">json (paged), csv or sdmxCsv (streamed); when absent, the Accept header chooses (text/csv, application/vnd.sdmx.data+csv), else json.</param>
/// <param name="Limit">Page size, 1 to 5000, default 500.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record GetCrossSectionQuery(
    string? Indicator, string? Period, string? Region, string? Sex, string? Age, string? Origin, string? Dataset, string? Edition,
    [property: QueryEnum(typeof(ExportFormat))] string? Format, int? Limit, string? Cursor) : IObservationQuery, IBreakdownQuery
{
    public IObservationQuery WithFormat(string format) => this with { Format = format };
}

internal sealed class GetCrossSectionQueryValidator : AbstractValidator<GetCrossSectionQuery>
{
    public GetCrossSectionQueryValidator()
    {
        RuleFor(q => q.Indicator).NotEmpty().MaximumLength(60);
        RuleFor(q => q.Period).NotEmpty().Must(Periods.IsValid).WithMessage("Use a year (2024), a quarter (2024-Q1) or a month (2024-03).");
        RuleFor(q => q.Region).MaximumLength(20);
        this.AddBreakdownRules();
        RuleFor(q => q.Dataset).MaximumLength(40);
        RuleFor(q => q.Edition).MaximumLength(40);
        RuleFor(q => q.Format).EnumName<GetCrossSectionQuery, ExportFormat>();
        RuleFor(q => q.Limit).InclusiveBetween(1, ObservationReader.MaxLimit);
    }
}

internal sealed class GetCrossSectionQueryHandler(ObservationReader reader) : IQueryHandler<GetCrossSectionQuery, ObservationResult>
{
    // Declared before the filter, which reads it as it is built.
    private static readonly string[] Order = ["o.area", "o.sex", "o.age", "o.origin", "o.edition_key"];

    private static readonly QueryFilter<CrossSectionSelection> Filter = new QueryFilter<CrossSectionSelection>()
        .Always("o.indicator_key = @IndicatorKey AND o.edition_key IN @Editions AND o.period = @Period", s => new { s.IndicatorKey, s.Editions, s.Period })
        .When(s => s.Members is not null, "o.area IN @Members", s => new { s.Members })
        .When(s => s.Members is null, "o.area NOT LIKE '%:%'")
        .WhereBreakdown(s => s.Breakdown)
        .When(s => s.Cursor is not null, ObservationCursor.After(Order), s => ObservationCursor.Parameters(s.Cursor!));

    /// <summary>The cross-section SQL for a filter: paged with the dialect's limit, or whole (for exports) without one.</summary>
    public static string Sql(SqlFilter filter, Iom.SharedKernel.Data.SqlDialect? paged) =>
        $"SELECT {ObservationRow.Columns} FROM migration_data.observations o {filter.ToWhereClause()} ORDER BY {string.Join(", ", Order)}{(paged is null ? string.Empty : " " + paged.LimitClause("@Take"))}";

    public async ValueTask<ObservationResult> Handle(GetCrossSectionQuery query, CancellationToken cancellationToken)
    {
        var resolved = await reader.ResolveAsync(query.Indicator, null, query.Dataset, query.Edition, query, cancellationToken);
        IReadOnlyList<string>? members = null;
        if (query.Region is not null)
        {
            var region = resolved.Geography.Find(query.Region) is { Kind: AreaKind.Region } found ? found : throw Invalid.Field("region", $"'{query.Region}' is not a region (scheme:code, such as sdg:747).");
            members = resolved.Geography.MembersOf(region.Code);
            resolved = resolved with { Areas = [new AreaResolution(query.Region, CodeScheme.Region, region, null)] };
        }

        var selection = new CrossSectionSelection(resolved.Indicator.IndicatorKey, [.. resolved.Editions.Select(e => e.EditionKey).DefaultIfEmpty(-1)], query.Period, members, resolved.Breakdown, null);
        var fileName = $"{resolved.Indicator.Code}-{query.Period}";
        if (EnumText.ParseOptional<ExportFormat>(query.Format) is ExportFormat.Csv or ExportFormat.SdmxCsv)
        {
            var whole = Filter.For(selection);
            return new ObservationResult(null, reader.StreamAsync(resolved, Sql(whole, null), whole.Parameters, cancellationToken), fileName);
        }

        var filter = Filter.For(selection with { Cursor = query.Cursor is null ? null : ObservationCursor.Decode(query.Cursor, Order.Length) });
        var limit = query.Limit ?? ObservationReader.DefaultLimit;
        filter.Parameters.Add("Take", limit + 1);
        var sql = Sql(filter, reader.Database.Dialect);
        var (rows, next) = await reader.PageAsync(resolved, sql, filter.Parameters, limit, r => ObservationCursor.Encode(r.Area, r.Sex, r.Age, r.Origin, r.EditionKey), cancellationToken);
        return new ObservationResult(new ObservationPage(rows, next, resolved.Areas), null, fileName);
    }
}

/// <summary>What a cross-section reads: the indicator's observations in the chosen editions for one period, in a region's members or in countries, after a cursor.</summary>
internal sealed record CrossSectionSelection(int IndicatorKey, IReadOnlyList<int> Editions, string? Period, IReadOnlyList<string>? Members, BreakdownSelection Breakdown, string[]? Cursor);
