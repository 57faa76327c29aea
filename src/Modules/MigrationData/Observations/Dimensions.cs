using System.Text.RegularExpressions;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>The dimensions beyond area and period that an indicator may declare its values are broken down by.</summary>
internal enum ObservationDimension
{
    /// <summary>SDMX SEX: F, M.</summary>
    Sex,

    /// <summary>SDMX AGE: Y0T4, Y15T19, Y_GE75, Y_LT15.</summary>
    Age,

    /// <summary>The area of origin (SDMX COUNTERPART_AREA), for bilateral stocks and flows.</summary>
    Origin,
}

/// <summary>An observation's place on sex, age and origin; each <see cref="Dimensions.Total"/> when not broken down.</summary>
/// <param name="Sex">F, M, or _T (both sexes).</param>
/// <param name="Age">An SDMX age group (Y0T4, Y_GE75), or _T (all ages).</param>
/// <param name="Origin">The area of origin (alpha-3 or scheme:code), or _T (all origins).</param>
internal sealed record Breakdown(string Sex, string Age, string Origin)
{
    public static readonly Breakdown Total = new(Dimensions.Total, Dimensions.Total, Dimensions.Total);

    public string ValueOf(ObservationDimension dimension) => dimension switch
    {
        ObservationDimension.Sex => Sex,
        ObservationDimension.Age => Age,
        _ => Origin,
    };
}

/// <summary>The codes each dimension takes, as SDMX writes them.</summary>
internal static partial class Dimensions
{
    /// <summary>SDMX's code for the total over a dimension (_T).</summary>
    public const string Total = "_T";

    /// <summary>In a query: every value of the dimension, not only the total.</summary>
    public const string All = "all";

    public static readonly ObservationDimension[] Every = Enum.GetValues<ObservationDimension>();

    public static bool IsSex(string code) => code is "F" or "M" or Total;

    public static bool IsAge(string code) => code == Total || AgeGroup().IsMatch(code);

    public const string AgeHint = "an SDMX age group: Y0T4 (0 to 4), Y_GE75 (75 and over), Y_LT15 (under 15), or _T";

    /// <summary>How a declared set is stored: "sex,age" (empty when none).</summary>
    public static string ToColumn(IEnumerable<ObservationDimension> dimensions) =>
        string.Join(',', dimensions.Distinct().Order().Select(d => Iom.SharedKernel.Text.EnumText.ToText(d)));

    public static IReadOnlyList<ObservationDimension> FromColumn(string? column) =>
        string.IsNullOrEmpty(column) ? [] : [.. column.Split(',').Select(d => Iom.SharedKernel.Text.EnumText.ParseOptional<ObservationDimension>(d)!.Value)];

    [GeneratedRegex("^Y([0-9]{1,3}T[0-9]{1,3}|_GE[0-9]{1,3}|_LT[0-9]{1,3}|[0-9]{1,3})$")]
    private static partial Regex AgeGroup();
}
