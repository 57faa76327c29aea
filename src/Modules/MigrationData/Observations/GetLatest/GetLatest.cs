using FluentValidation;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>The latest value per area, with explicit semantics.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Areas">Comma-separated countries or regions (ISO alpha-3, alpha-2, M49 or scheme:code).</param>
/// <param name="Latest">any: the latest period observed, even with a missing value; nonEmpty (default): the latest period with a value.</param>
/// <param name="Dataset">Only this dataset (code).</param>
/// <param name="Edition">Only this edition of the dataset.</param>
/// <param name="Format">json, csv or sdmxCsv; when absent, the Accept header chooses (text/csv, application/vnd.sdmx.data+csv), else json.</param>
internal sealed record GetLatestQuery(
    string? Indicator, string? Areas, [property: QueryEnum(typeof(LatestSemantics))] string? Latest, string? Dataset, string? Edition,
    [property: QueryEnum(typeof(ExportFormat))] string? Format) : IObservationQuery
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
