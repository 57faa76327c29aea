using FluentValidation;

namespace Iom.Modules.DonorRelations.Money;

/// <summary>
/// ISO 4217 currency codes in use (2025 list, including XCG and ZWG, without the test, fund-unit and precious-metal
/// codes that no contribution is made in), and the one rounding rule: USD amounts to the cent, half away from zero.
/// </summary>
internal static class Currencies
{
    public const string Usd = "USD";

    private static readonly HashSet<string> Active = new(StringComparer.Ordinal)
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB",
        "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP",
        "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF",
        "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK",
        "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN",
        "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF",
        "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND",
        "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XDR", "XOF",
        "XPF", "YER", "ZAR", "ZMW", "ZWG",
    };

    public static bool IsActive(string? code) => code is not null && Active.Contains(code);

    /// <summary>An amount in USD: <paramref name="amount"/> × <paramref name="usdPerUnit"/>, rounded to the cent, half away from zero, written with two decimals.</summary>
    public static decimal ToUsd(decimal amount, decimal usdPerUnit) => Cents(Math.Round(amount * usdPerUnit, 2, MidpointRounding.AwayFromZero));

    /// <summary>The same amount with (at least) two decimals: 112000 becomes 112000.00, so that USD figures read alike.</summary>
    public static decimal Cents(decimal usd) => usd + 0.00m;

    /// <summary>A percentage to one decimal, half away from zero, written with one decimal; 0.0 when there is nothing to divide by.</summary>
    public static decimal Percent(decimal part, decimal whole) => (whole == 0 ? 0 : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero)) + 0.0m;

    public static IRuleBuilderOptions<T, string?> Currency<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsActive).WithMessage("Use an ISO 4217 currency code in use, in capitals, such as USD, EUR or CHF.");

    public static IRuleBuilderOptions<T, decimal> Amount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m).PrecisionScale(19, 4, ignoreTrailingZeros: true)
            .WithMessage("An amount is 0 or more, below 10^12, with at most 4 decimals.");

    public static IRuleBuilderOptions<T, decimal> ExchangeRate<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0).LessThan(100_000m).PrecisionScale(19, 8, ignoreTrailingZeros: true).WithMessage("A rate is USD per unit: more than 0, at most 8 decimals.");
}

/// <summary>How a foreign amount became USD.</summary>
/// <param name="UsdPerUnit">USD for one unit of the currency (1 for USD).</param>
/// <param name="Source">Where the rate comes from (UN operational rate of exchange, the bank's rate on the day received).</param>
/// <param name="Date">The rate's date.</param>
internal sealed record ExchangeRate(decimal UsdPerUnit, string Source, DateOnly Date)
{
    /// <summary>The rate given, or for a USD amount given none, 1 on the amount's own date.</summary>
    public static ExchangeRate Of(string? currency, ExchangeRate? given, DateOnly date) =>
        given ?? (currency == Currencies.Usd ? new ExchangeRate(1m, "USD: no conversion", date) : throw new InvalidOperationException("Validated: a rate is given for a currency other than USD."));
}
