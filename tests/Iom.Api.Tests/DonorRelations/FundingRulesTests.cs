using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Money;
using Iom.Modules.DonorRelations.Pledges;

namespace Iom.Api.Tests.DonorRelations;

/// <summary>The module's small rules, table by table: rounding, currency codes, multi-year, pledge conversion.</summary>
public sealed class FundingRulesTests
{
    [TestCase("100000", "1.12", "112000.00")]
    [TestCase("0.125", "1", "0.13")]
    [TestCase("0.135", "1", "0.14")]
    [TestCase("1234.5678", "0.9281", "1145.80")]
    [TestCase("10", "0.333333", "3.33")]
    public void UsdAmounts_AreRoundedToTheCentHalfAwayFromZero(string amount, string rate, string expected) =>
        Assert.That(Currencies.ToUsd(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture))
            .ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));

    [TestCase(442_000, 2_000_000, "22.1")]
    [TestCase(1, 8, "12.5")]
    [TestCase(1, 3, "33.3")]
    [TestCase(5, 0, "0.0")]
    public void Percentages_HaveOneDecimal(decimal part, decimal whole, string expected) =>
        Assert.That(Currencies.Percent(part, whole).ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));

    [TestCase("USD", true)]
    [TestCase("EUR", true)]
    [TestCase("XCG", true)]
    [TestCase("usd", false)]
    [TestCase("HRK", false)]
    [TestCase("XXX", false)]
    public void Currencies_AreIso4217CodesInUse(string code, bool active) => Assert.That(Currencies.IsActive(code), Is.EqualTo(active));

    [TestCase("2025-01-01", "2026-12-31", true)]
    [TestCase("2025-01-01", "2026-12-30", false)]
    [TestCase("2025-03-15", "2027-03-14", true)]
    public void MultiYear_MeansTwentyFourMonthsOrMore(string start, string end, bool multiYear) =>
        Assert.That(AgreementRules.IsMultiYear(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(multiYear));

    [TestCase("Announced", 800, 0, "Announced")]
    [TestCase("Confirmed", 800, 500, "PartiallyConverted")]
    [TestCase("Confirmed", 800, 800, "Converted")]
    [TestCase("Cancelled", 800, 500, "Cancelled")]
    public void APledgesStatus_FollowsItsConversion(string stored, decimal amount, decimal converted, string expected) =>
        Assert.That(PledgeRules.Current(Enum.Parse<PledgeStatus>(stored), amount, converted).ToString(), Is.EqualTo(expected));
}
