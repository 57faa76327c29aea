using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Bodies;

/// <summary>A governing body and the rules of procedure that drive its sessions.</summary>
/// <param name="Code">Stable code used by sessions (<c>council</c>, <c>scpf</c>, ...).</param>
/// <param name="Name">Name in the official languages.</param>
/// <param name="SymbolSeries">The document series of its sessions (<c>C</c>, <c>S</c>), if it has one.</param>
/// <param name="RegularNoticeDays">Days of notice its rules require before a regular session.</param>
/// <param name="SpecialNoticeDays">Days of notice its rules require before a special session.</param>
/// <param name="MeetsInPrivate">Whether its meetings are held in private.</param>
internal sealed record GoverningBody(
    string Code, LocalizedText Name, string? SymbolSeries, int? RegularNoticeDays, int? SpecialNoticeDays, bool MeetsInPrivate);

internal sealed class BodyRow
{
    public const string SelectFrom = """
        SELECT code, name_en, name_fr, name_es, symbol_series, regular_notice_days, special_notice_days, meets_in_private, display_order
        FROM governing_bodies.bodies
        """;

    public string Code { get; set; } = string.Empty;
    public string NameEn { get; set; } = string.Empty;
    public string NameFr { get; set; } = string.Empty;
    public string NameEs { get; set; } = string.Empty;
    public string? SymbolSeries { get; set; }
    public int? RegularNoticeDays { get; set; }
    public int? SpecialNoticeDays { get; set; }
    public bool MeetsInPrivate { get; set; }
    public int DisplayOrder { get; set; }

    private const string AllSql = SelectFrom + " ORDER BY display_order";

    /// <summary>The body a code names, whatever the case it was typed in (ADR 0023): a handful of rows, matched in memory.</summary>
    public static async Task<(BodyRow? Found, IReadOnlyList<BodyRow> All)> FindAsync(IDbSession db, string? code, CancellationToken cancellationToken)
    {
        var all = (await db.QueryAsync<BodyRow>(AllSql, null, cancellationToken)).ToList();
        return (all.Find(b => string.Equals(b.Code, code, StringComparison.OrdinalIgnoreCase)), all);
    }

    /// <summary>
    /// The stored code of a body named in a filter, whatever the case it was typed in (ADR 0023); an unknown one is a 400
    /// naming the parameter and the bodies there are.
    /// </summary>
    public static async Task<string?> EnsureKnownAsync(IDbSession db, string? code, string parameter, CancellationToken cancellationToken)
    {
        if (code is null)
        {
            return null;
        }

        var (found, all) = await FindAsync(db, code, cancellationToken);
        return found?.Code ?? throw Invalid.Field(parameter, $"'{code}' is not a governing body; use one of: {string.Join(", ", all.Select(b => b.Code))}.");
    }

    public GoverningBody ToResponse() =>
        new(Code, new LocalizedText(NameEn, NameFr, NameEs), SymbolSeries, RegularNoticeDays, SpecialNoticeDays, MeetsInPrivate);
}
