using System.Globalization;

namespace Iom.Modules.DonorRelations.Iati;

/// <summary>Percentages of a whole by key, to two decimals, the last taking the rounding remainder so that they add up to 100 (IATI rules 2.1.2, 3.1.2).</summary>
internal static class IatiShares
{
    public static IReadOnlyList<(string Key, string Percentage)> Of(IEnumerable<(string Key, decimal Amount)> parts)
    {
        var byKey = parts.GroupBy(p => p.Key).Select(g => (Key: g.Key, Amount: g.Sum(p => p.Amount))).Where(p => p.Amount > 0).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var total = byKey.Sum(p => p.Amount);
        var given = 0m;
        var shares = new List<(string, string)>();
        for (var i = 0; i < byKey.Count; i++)
        {
            var share = (i == byKey.Count - 1 ? 100m - given : Math.Round(100m * byKey[i].Amount / total, 2, MidpointRounding.AwayFromZero)) + 0.00m;
            given += share;
            shares.Add((byKey[i].Key, share.ToString(CultureInfo.InvariantCulture)));
        }

        return shares;
    }
}
