using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Geography;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.MigrationData.Observations;

internal enum AggregationMethod
{
    /// <summary>The sum of the members' values (stocks, flows, counts).</summary>
    Sum,

    /// <summary>The mean of the members' values weighted by their population (rates, shares).</summary>
    PopulationWeighted,
}

/// <summary>How much of the region the figure covers.</summary>
/// <param name="Members">Member countries of the region, those with no permanent population (ATF, IOT …) left out unless they reported.</param>
/// <param name="Reporting">Members that contributed a value (and, weighted, a population).</param>
/// <param name="Percent">Reporting as a percentage of members, rounded to one decimal.</param>
/// <param name="Missing">Members that did not contribute (alpha-3); never an uninhabited one.</param>
internal sealed record Coverage(int Members, int Reporting, double Percent, IReadOnlyList<string> Missing);

/// <summary>A regional figure for one period, with its method and coverage.</summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The aggregate; null when no member reported.</param>
/// <param name="Coverage">Which members contributed.</param>
internal sealed record AggregateValue(string Period, double? Value, Coverage Coverage);

/// <summary>Regional aggregates of an indicator.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Region">The region.</param>
/// <param name="Method">sum or populationWeighted.</param>
/// <param name="WeightIndicator">For populationWeighted: the population indicator used as weights.</param>
/// <param name="Breakdown">The sex, age group and origin aggregated (_T: the total).</param>
/// <param name="Source">The edition the values come from.</param>
/// <param name="WeightSource">The edition the weights come from.</param>
/// <param name="Values">One figure per period.</param>
internal sealed record AggregateSeries(
    string Indicator, Area Region, AggregationMethod Method, string? WeightIndicator, Breakdown Breakdown, Provenance Source, Provenance? WeightSource, IReadOnlyList<AggregateValue> Values);

/// <summary>Aggregate an indicator over a region's member countries.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Region">The region (scheme:code, such as sdg:747 or m49:202).</param>
/// <param name="From">First year (inclusive).</param>
/// <param name="To">Last year (inclusive).</param>
/// <param name="Method">sum (default) or populationWeighted.</param>
/// <param name="WeightIndicator">For populationWeighted: the population indicator (its current edition) giving the weights.</param>
/// <param name="Sex">F, M or _T (both sexes, the default); for indicators broken down by sex.</param>
/// <param name="Age">An age group (SDMX: Y0T4, Y_GE75) or _T (all ages, the default); for indicators broken down by age.</param>
/// <param name="Origin">An area of origin or _T (all origins, the default); for indicators broken down by origin.</param>
/// <param name="Dataset">The dataset (code); needed when several publish the indicator.</param>
/// <param name="Edition">The edition of the dataset; default: its latest release.</param>
internal sealed record GetAggregatesQuery(
    string? Indicator, string? Region, int? From, int? To, [property: QueryEnum(typeof(AggregationMethod))] string? Method, string? WeightIndicator,
    string? Sex, string? Age, string? Origin, string? Dataset, string? Edition) : IQuery<AggregateSeries>, IBreakdownQuery;

internal sealed class GetAggregatesQueryValidator : AbstractValidator<GetAggregatesQuery>
{
    public GetAggregatesQueryValidator()
    {
        RuleFor(q => q.Indicator).NotEmpty().MaximumLength(60);
        RuleFor(q => q.Region).NotEmpty().MaximumLength(20);
        RuleFor(q => q.From).InclusiveBetween(1800, 2200);
        RuleFor(q => q.To).InclusiveBetween(1800, 2200).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null);
        RuleFor(q => q.Method).EnumName<GetAggregatesQuery, AggregationMethod>();
        RuleFor(q => q.WeightIndicator).NotEmpty().When(q => q.Method == "populationWeighted").WithMessage("A population-weighted aggregate needs weightIndicator.");
        RuleFor(q => q.WeightIndicator).Empty().When(q => q.Method != "populationWeighted").WithMessage("Weights apply to populationWeighted only.");
        RuleFor(q => q.WeightIndicator).MaximumLength(60);
        this.AddBreakdownRules();
        RuleFor(q => q.Sex).NotEqual(Dimensions.All).WithMessage("An aggregate is of one sex: F, M or _T (both).");
        RuleFor(q => q.Age).NotEqual(Dimensions.All).WithMessage("An aggregate is of one age group, or of all ages (_T).");
        RuleFor(q => q.Origin).NotEqual(Dimensions.All).WithMessage("An aggregate is of one origin, or of all origins (_T).");
        RuleFor(q => q.Dataset).MaximumLength(40);
        RuleFor(q => q.Edition).MaximumLength(40);
    }
}

internal sealed class GetAggregatesQueryHandler(ObservationReader reader, IndicatorDirectory indicators) : IQueryHandler<GetAggregatesQuery, AggregateSeries>
{
    private const string ValuesSql = """
        SELECT o.area, o.period, o.value FROM migration_data.observations o
        WHERE o.indicator_key = @IndicatorKey AND o.edition_key = @EditionKey AND o.area IN @Members
          AND o.period >= @FromPeriod AND o.period < @ToPeriod AND o.value IS NOT NULL AND (o.status IS NULL OR o.status <> 'missing')
          AND o.sex = @Sex AND o.age = @Age AND o.origin = @Origin
        """;

    public async ValueTask<AggregateSeries> Handle(GetAggregatesQuery query, CancellationToken cancellationToken)
    {
        var resolved = await reader.ResolveAsync(query.Indicator, null, query.Dataset, query.Edition, query, cancellationToken);
        var region = resolved.Geography.Find(query.Region!) is { Kind: AreaKind.Region } found ? found : throw Invalid.Field("region", $"'{query.Region}' is not a region (scheme:code, such as sdg:747).");
        var source = SingleEdition(resolved.Editions, "dataset", query.Indicator!);
        var members = resolved.Geography.MembersOf(region.Code);
        var method = EnumText.ParseOptional<AggregationMethod>(query.Method) ?? AggregationMethod.Sum;
        var span = new { FromPeriod = (query.From ?? 1800).ToString("0000", System.Globalization.CultureInfo.InvariantCulture), ToPeriod = ((query.To ?? 2200) + 1).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) };

        await using var read = await reader.Database.ReadAsync(cancellationToken);
        var values = await ReadAsync(read, resolved.Indicator.IndicatorKey, source.EditionKey, members, span.FromPeriod, span.ToPeriod, resolved.Breakdown, cancellationToken);
        EditionSource? weightSource = null;
        Dictionary<(string Area, string Period), double>? weights = null;
        if (method == AggregationMethod.PopulationWeighted)
        {
            var weight = await indicators.GetOrInvalidAsync(query.WeightIndicator, "weightIndicator", cancellationToken);
            weightSource = SingleEdition(await EditionSelector.SelectAsync(read, weight.IndicatorKey, null, null, cancellationToken), "weightIndicator", weight.Code);
            weights = await ReadAsync(read, weight.IndicatorKey, weightSource.EditionKey, members, span.FromPeriod, span.ToPeriod, BreakdownSelection.Totals, cancellationToken);
        }

        var periods = values.Keys.Select(k => k.Period).Distinct().Order(StringComparer.Ordinal);
        var series = periods.Select(period => Aggregate(period, members, values, weights, resolved.Geography.Uninhabited)).ToList();
        return new AggregateSeries(resolved.Indicator.Code, region, method, weights is null ? null : query.WeightIndicator,
            new Breakdown(resolved.Breakdown.Sex!, resolved.Breakdown.Age!, resolved.Breakdown.Origin!), source.ToProvenance(), weightSource?.ToProvenance(), series);
    }

    /// <summary>Sum, or Σ value × weight / Σ weight, over the members that reported (with a weight, when weighted).</summary>
    public static AggregateValue Aggregate(
        string period, IReadOnlyList<string> members, IReadOnlyDictionary<(string, string), double> values, IReadOnlyDictionary<(string, string), double>? weights,
        IReadOnlySet<string> uninhabited)
    {
        var reporting = members.Where(m => values.ContainsKey((m, period)) && (weights is null || weights.ContainsKey((m, period)))).ToList();
        members = [.. members.Where(m => !uninhabited.Contains(m) || reporting.Contains(m))];
        double? value = reporting.Count == 0 ? null
            : weights is null ? reporting.Sum(m => values[(m, period)])
            : reporting.Sum(m => values[(m, period)] * weights[(m, period)]) / reporting.Sum(m => weights[(m, period)]);
        var percent = members.Count == 0 ? 0 : Math.Round(100.0 * reporting.Count / members.Count, 1, MidpointRounding.AwayFromZero);
        return new AggregateValue(period, value, new Coverage(members.Count, reporting.Count, percent, members.Except(reporting).ToList()));
    }

    private static EditionSource SingleEdition(IReadOnlyList<EditionSource> editions, string field, string indicator) => editions.Count switch
    {
        0 => throw Invalid.Field(field, $"No edition holds values of '{indicator}'."),
        1 => editions[0],
        _ => throw Invalid.Field(field, $"Several datasets publish '{indicator}' ({string.Join(", ", editions.Select(e => e.DatasetCode))}); name one with dataset so that their values are not mixed."),
    };

    private async Task<Dictionary<(string Area, string Period), double>> ReadAsync(
        IDbSession read, int indicatorKey, int editionKey, IReadOnlyList<string> members, string from, string to, BreakdownSelection breakdown, CancellationToken cancellationToken)
    {
        var rows = await read.QueryAsync<(string Area, string Period, double Value)>(ValuesSql,
            new { IndicatorKey = indicatorKey, EditionKey = editionKey, Members = members.DefaultIfEmpty("-").ToList(), FromPeriod = from, ToPeriod = to,
                breakdown.Sex, breakdown.Age, breakdown.Origin }, cancellationToken);
        return rows.ToDictionary(r => (r.Area, r.Period), r => r.Value);
    }
}
