using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Catalogue;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.MigrationData.Observations;

internal enum RevisionKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>One value that differs between two editions of a dataset.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Area">The area.</param>
/// <param name="Period">The period.</param>
/// <param name="Sex">F, M, or _T (both sexes).</param>
/// <param name="Age">The age group, or _T (all ages).</param>
/// <param name="Origin">The area of origin, or _T (all origins).</param>
/// <param name="Kind">added (only in the later edition), changed, or removed (only in the earlier).</param>
/// <param name="OldValue">The value in the earlier edition.</param>
/// <param name="NewValue">The value in the later edition.</param>
/// <param name="OldStatus">The status in the earlier edition.</param>
/// <param name="NewStatus">The status in the later edition.</param>
internal sealed record Revision(string Indicator, string Area, string Period, string Sex, string Age, string Origin, RevisionKind Kind, double? OldValue, double? NewValue, ObservationStatus? OldStatus, ObservationStatus? NewStatus);

/// <summary>A page of revisions between two editions.</summary>
/// <param name="From">The earlier edition.</param>
/// <param name="To">The later edition.</param>
/// <param name="Items">The revisions, by indicator, area and period.</param>
/// <param name="NextCursor">Pass as cursor for the next page; absent on the last.</param>
internal sealed record RevisionPage(Provenance From, Provenance To, IReadOnlyList<Revision> Items, string? NextCursor);

/// <summary>What changed between two editions of a dataset.</summary>
/// <param name="Dataset">The dataset's code.</param>
/// <param name="From">The earlier edition's label.</param>
/// <param name="To">The later edition's label.</param>
/// <param name="Indicator">Only this indicator.</param>
/// <param name="Limit">Page size, 1 to 5000, default 500.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListRevisionsQuery(string? Dataset, string? From, string? To, string? Indicator, int? Limit, string? Cursor) : IQuery<RevisionPage>;

internal sealed class ListRevisionsQueryValidator : AbstractValidator<ListRevisionsQuery>
{
    public ListRevisionsQueryValidator()
    {
        RuleFor(q => q.Dataset).NotEmpty().MaximumLength(40);
        RuleFor(q => q.From).NotEmpty().MaximumLength(40);
        RuleFor(q => q.To).NotEmpty().MaximumLength(40).NotEqual(q => q.From).WithMessage("Compare two different editions.");
        RuleFor(q => q.Indicator).MaximumLength(60);
        RuleFor(q => q.Limit).InclusiveBetween(1, ObservationReader.MaxLimit);
    }
}

internal sealed class ListRevisionsQueryHandler(ObservationReader reader, IndicatorDirectory indicators) : IQueryHandler<ListRevisionsQuery, RevisionPage>
{
    // Values compare null-safely: a value that appears, disappears or changes status is a revision too.
    private const string DiffSql = """
        SELECT r.indicator_key, r.area, r.period, r.sex, r.age, r.origin, r.kind, r.old_value, r.new_value, r.old_status, r.new_status FROM (
            SELECT n.indicator_key, n.area, n.period, n.sex, n.age, n.origin, CASE WHEN o.area IS NULL THEN 'added' ELSE 'changed' END AS kind,
                   o.value AS old_value, n.value AS new_value, o.status AS old_status, n.status AS new_status
            FROM migration_data.observations n
            LEFT JOIN migration_data.observations o
              ON o.indicator_key = n.indicator_key AND o.edition_key = @OldKey AND o.area = n.area AND o.period = n.period
             AND o.sex = n.sex AND o.age = n.age AND o.origin = n.origin
            WHERE n.edition_key = @NewKey
              AND (o.area IS NULL OR o.value <> n.value OR (o.value IS NULL AND n.value IS NOT NULL) OR (o.value IS NOT NULL AND n.value IS NULL)
                   OR o.status <> n.status OR (o.status IS NULL AND n.status IS NOT NULL) OR (o.status IS NOT NULL AND n.status IS NULL))
            UNION ALL
            SELECT o.indicator_key, o.area, o.period, o.sex, o.age, o.origin, 'removed' AS kind, o.value AS old_value, NULL AS new_value, o.status AS old_status, NULL AS new_status
            FROM migration_data.observations o
            WHERE o.edition_key = @OldKey
              AND NOT EXISTS (SELECT 1 FROM migration_data.observations n
                              WHERE n.edition_key = @NewKey AND n.indicator_key = o.indicator_key AND n.area = o.area AND n.period = o.period
                                AND n.sex = o.sex AND n.age = o.age AND n.origin = o.origin)
        ) r
        """;

    // Declared before the filter, which reads it as it is built.
    private static readonly string[] Order = ["r.indicator_key", "r.area", "r.period", "r.sex", "r.age", "r.origin"];

    private static readonly QueryFilter<RevisionSelection> Filter = new QueryFilter<RevisionSelection>()
        .When(s => s.IndicatorKey is not null, "r.indicator_key = @IndicatorKey", s => new { s.IndicatorKey })
        .When(s => s.Cursor is not null, ObservationCursor.After(Order), s => ObservationCursor.Parameters(s.Cursor!, numeric: 0));

    /// <summary>The page of differences between two editions after a filter.</summary>
    public static string Sql(SqlFilter filter, SqlDialect dialect) =>
        $"{DiffSql} {filter.ToWhereClause()} ORDER BY {string.Join(", ", Order)} {dialect.LimitClause("@Take")}";

    public async ValueTask<RevisionPage> Handle(ListRevisionsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await reader.Database.ReadAsync(cancellationToken);
        var from = (await EditionSelector.SelectAsync(read, null, query.Dataset, query.From, cancellationToken))[0];
        var to = (await EditionSelector.SelectAsync(read, null, query.Dataset, query.To, cancellationToken))[0];
        var all = await indicators.AllAsync(cancellationToken);
        var codes = all.Values.ToDictionary(i => i.IndicatorKey, i => i.Code);
        int? indicatorKey = query.Indicator is null ? null : (await indicators.GetOrInvalidAsync(query.Indicator, "indicator", cancellationToken)).IndicatorKey;
        var filter = Filter.For(new RevisionSelection(indicatorKey, query.Cursor is null ? null : ObservationCursor.Decode(query.Cursor, Order.Length)));
        filter.Parameters.AddDynamicParams(new { OldKey = from.EditionKey, NewKey = to.EditionKey });
        var limit = query.Limit ?? ObservationReader.DefaultLimit;
        filter.Parameters.Add("Take", limit + 1);
        var rows = (await read.QueryAsync<RevisionRow>(Sql(filter, reader.Database.Dialect), filter.Parameters, cancellationToken)).ToList();
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = ObservationCursor.Encode(rows[^1].IndicatorKey, rows[^1].Area, rows[^1].Period, rows[^1].Sex, rows[^1].Age, rows[^1].Origin);
        }

        var items = rows.Select(r => new Revision(codes.GetValueOrDefault(r.IndicatorKey, "?"), r.Area, r.Period, r.Sex, r.Age, r.Origin, r.Kind, r.OldValue, r.NewValue, EnumText.ParseOptional<ObservationStatus>(r.OldStatus), EnumText.ParseOptional<ObservationStatus>(r.NewStatus))).ToList();
        return new RevisionPage(from.ToProvenance(), to.ToProvenance(), items, next);
    }

    private sealed class RevisionRow
    {
        public int IndicatorKey { get; set; }
        public string Area { get; set; } = string.Empty;
        public string Period { get; set; } = string.Empty;
        public string Sex { get; set; } = Dimensions.Total;
        public string Age { get; set; } = Dimensions.Total;
        public string Origin { get; set; } = Dimensions.Total;
        public RevisionKind Kind { get; set; }
        public double? OldValue { get; set; }
        public double? NewValue { get; set; }
        public string? OldStatus { get; set; }
        public string? NewStatus { get; set; }
    }
}

/// <summary>Which differences a page shows: of one indicator or all, after a cursor.</summary>
internal sealed record RevisionSelection(int? IndicatorKey, string[]? Cursor);
