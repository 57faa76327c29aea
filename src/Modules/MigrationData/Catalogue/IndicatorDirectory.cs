using Dapper;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>
/// Indicator codes and their keys in memory (a few hundred at most), refreshed when one is added here and when a code is
/// missing (another host may have added it). Codes are found whatever their case (ADR 0023).
/// </summary>
internal sealed class IndicatorDirectory(MigrationDataDatabase db)
{
    private const string Sql = "SELECT indicator_key, code, unit, dimensions FROM migration_data.indicators";

    private volatile Dictionary<string, IndicatorRef>? _byCode;

    /// <summary>Audit entries are keyed by Guid; an indicator's is made from its key.</summary>
    public static Guid AuditId(int indicatorKey) => new(indicatorKey, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public void Invalidate() => _byCode = null;

    /// <summary>Every code as the table has it now: a load starts from this, so that it knows codes another host added.</summary>
    public Task<IReadOnlyDictionary<string, IndicatorRef>> ReloadAsync(CancellationToken cancellationToken)
    {
        Invalidate();
        return AllAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IndicatorRef>> AllAsync(CancellationToken cancellationToken)
    {
        if (_byCode is { } cached)
        {
            return cached;
        }

        await using var read = await db.ReadLatestAsync(cancellationToken);
        var rows = await read.QueryAsync<IndicatorRef>(Sql, null, cancellationToken);
        var byCode = rows.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        _byCode = byCode;
        return byCode;
    }

    /// <summary>The indicator a code names in any case, reading the table again before answering that none does.</summary>
    public async Task<IndicatorRef?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if ((await AllAsync(cancellationToken)).TryGetValue(code, out var found))
        {
            return found;
        }

        Invalidate();
        return (await AllAsync(cancellationToken)).GetValueOrDefault(code);
    }

    public async Task<IndicatorRef> GetOrInvalidAsync(string? code, string field, CancellationToken cancellationToken) =>
        (code is null ? null : await FindAsync(code, cancellationToken)) ?? throw Invalid.Field(field, $"No indicator has the code '{code}'.");
}

internal sealed class IndicatorRef
{
    public int IndicatorKey { get; set; }
    public string Code { get; set; } = string.Empty;
    public string Unit { get; set; } = string.Empty;
    private IReadOnlyList<Observations.ObservationDimension> _declared = [];

    /// <summary>The stored list (sex,age); parsed once here, since a load asks for every row.</summary>
    public string Dimensions
    {
        get => Observations.Dimensions.ToColumn(_declared);
        set => _declared = Observations.Dimensions.FromColumn(value);
    }

    public bool Declares(Observations.ObservationDimension dimension) => _declared.Contains(dimension);
}
