using FluentValidation;
using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Geography;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>A query's choice on each dimension: its total (_T, the default), one value, or all.</summary>
internal interface IBreakdownQuery
{
    /// <summary>F, M, _T (default) or all.</summary>
    string? Sex { get; }

    /// <summary>An age group (Y0T4, Y_GE75), _T (default) or all.</summary>
    string? Age { get; }

    /// <summary>An area of origin (alpha-3, alpha-2, M49 or scheme:code), _T (default) or all.</summary>
    string? Origin { get; }
}

/// <summary>The values a query reads on each dimension; null reads all of them.</summary>
internal sealed record BreakdownSelection(string? Sex, string? Age, string? Origin)
{
    public static readonly BreakdownSelection Totals = new(Dimensions.Total, Dimensions.Total, Dimensions.Total);

    public bool IsSingle => Sex is not null && Age is not null && Origin is not null;
}

internal static class BreakdownQuery
{
    /// <summary>The conditions a selection adds to a query on observations aliased o.</summary>
    public static QueryFilter<T> WhereBreakdown<T>(this QueryFilter<T> filter, Func<T, BreakdownSelection> selection) => filter
        .When(s => selection(s).Sex is not null, "o.sex = @Sex", s => new { selection(s).Sex })
        .When(s => selection(s).Age is not null, "o.age = @Age", s => new { selection(s).Age })
        .When(s => selection(s).Origin is not null, "o.origin = @Origin", s => new { selection(s).Origin });

    public static void AddBreakdownRules<T>(this AbstractValidator<T> validator)
        where T : IBreakdownQuery
    {
        validator.RuleFor(q => q.Sex).Must(s => s is null || s == Dimensions.All || Dimensions.IsSex(s)).WithMessage("Use F, M, _T (both, the default) or all.");
        validator.RuleFor(q => q.Age).Must(a => a is null || a == Dimensions.All || Dimensions.IsAge(a)).WithMessage($"Use {Dimensions.AgeHint} (the default), or all.");
        validator.RuleFor(q => q.Origin).MaximumLength(20);
    }

    /// <summary>
    /// What the query reads on each dimension. A value other than the total on a dimension the indicator does not declare
    /// is a 400 that says so (asked again of the table first: another host may have declared it).
    /// </summary>
    public static async Task<BreakdownSelection> ResolveAsync(IBreakdownQuery query, IndicatorRef indicator, IndicatorDirectory indicators, AreaDirectory.Snapshot geography, CancellationToken cancellationToken)
    {
        var origin = query.Origin is null or Dimensions.Total or Dimensions.All ? query.Origin : geography.ResolveOrInvalid(query.Origin, "origin").Area.Code;
        var asked = new Dictionary<ObservationDimension, string?>
        {
            [ObservationDimension.Sex] = query.Sex,
            [ObservationDimension.Age] = query.Age,
            [ObservationDimension.Origin] = origin,
        };
        var undeclared = asked.Where(a => a.Value is not (null or Dimensions.Total) && !indicator.Declares(a.Key)).Select(a => a.Key).ToList();
        if (undeclared.Count > 0)
        {
            indicators.Invalidate();
            indicator = await indicators.GetOrInvalidAsync(indicator.Code, "indicator", cancellationToken);
            foreach (var dimension in undeclared.Where(d => !indicator.Declares(d)))
            {
                throw Invalid.Field(dimension.ToText(), $"{indicator.Code} is not broken down by {dimension.ToText()}; its values are totals (leave {dimension.ToText()} out).");
            }
        }

        string? Chosen(ObservationDimension d) => asked[d] switch { null => Dimensions.Total, Dimensions.All => null, var v => v };
        return new BreakdownSelection(Chosen(ObservationDimension.Sex), Chosen(ObservationDimension.Age), Chosen(ObservationDimension.Origin));
    }
}
