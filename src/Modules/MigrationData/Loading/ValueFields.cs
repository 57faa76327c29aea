using System.Globalization;
using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Text;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>A row's status and unit multiplier, read as <see cref="LoadRun"/> reads its other fields: a bad one fails the row in the run.</summary>
internal static class ValueFields
{
    // SDMX's codes are read in both formats (people pass files between the two); our names in plain CSV only.
    public static ObservationStatus? Status(ReadOnlySpan<char> text, bool sdmx, LoadRun run, int line)
    {
        if (text.IsEmpty || text is "A")
        {
            return null;
        }

        if (ObservationCsv.FromSdmxStatus(text) is { } coded)
        {
            return coded;
        }

        if (!sdmx && EnumText.TryParseName<ObservationStatus>(text.ToString(), out var parsed))
        {
            return parsed;
        }

        run.Fail(line, sdmx ? "OBS_STATUS" : "status", sdmx
            ? $"OBS_STATUS {CallerValue.Quote(text)} is not one of A, E, P, B, M."
            : $"Status {CallerValue.Quote(text)} is not one of estimated, provisional, breakInSeries, missing (or SDMX's A, E, P, B, M).");
        return null;
    }

    // SDMX UNIT_MULT: the value is in units of 10^n (3: thousands). Stored in plain units, so every value of an indicator adds up.
    public static int UnitMultiplier(ReadOnlySpan<char> text, bool sdmx, LoadRun run, int line)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var power) && power is >= -12 and <= 12)
        {
            return power;
        }

        run.Fail(line, sdmx ? "UNIT_MULT" : "unit_mult", $"{CallerValue.Quote(text)} is not a unit multiplier: give the power of ten, from -12 to 12 (3 for thousands).");
        return 0;
    }

    // In decimal where it fits, so that 1.1 thousand is 1100 and not 1100.0000000000002.
    public static double Scale(ReadOnlySpan<char> text, double number, int power) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && Math.Abs(number) < 1e15
            ? (double)(exact * (power > 0 ? Pow10(power) : 1m / Pow10(-power)))
            : number * Math.Pow(10, power);

    private static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= 10;
        }

        return result;
    }
}
