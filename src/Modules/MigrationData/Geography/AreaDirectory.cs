using Dapper;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.MigrationData.Geography;

/// <summary>
/// The reference geography in memory: it is small (some 250 countries and 50 regions) and changes only with a migration.
/// Resolves any of ISO alpha-3, alpha-2, M49 and scheme:region codes, and explains former codes.
/// </summary>
internal sealed class AreaDirectory(MigrationDataDatabase db)
{
    private const string CountriesSql = "SELECT alpha3, alpha2, m49, name_en, name_fr, name_es, inhabited FROM migration_data.countries";
    private const string AliasesSql = "SELECT code, area FROM migration_data.area_aliases";
    private const string RegionsSql = "SELECT scheme, code, name_en, name_fr, name_es FROM migration_data.regions";
    private const string MembersSql = "SELECT scheme, region_code, alpha3 FROM migration_data.region_members";
    private const string RetiredSql = "SELECT scheme, code, name, retired_in, successors FROM migration_data.retired_codes";

    public static readonly string[] Schemes = ["m49", "sdg", "iom", "wbIncome"];

    private Task<Snapshot>? _snapshot;

    /// <summary>Loaded once on first use; two first callers at once may both read, and either result is the same.</summary>
    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        var loading = _snapshot ??= LoadAsync(CancellationToken.None);
        try
        {
            return await loading.WaitAsync(cancellationToken);
        }
        catch (Exception) when (loading.IsFaulted)
        {
            _snapshot = null;
            throw;
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var read = await db.ReadLatestAsync(cancellationToken);
        var rows = (await read.QueryAsync<(string Alpha3, string Alpha2, string M49, string NameEn, string? NameFr, string? NameEs, bool Inhabited)>(CountriesSql, null, cancellationToken)).ToList();
        var countries = rows.Select(c => new Area(c.Alpha3, AreaKind.Country, new LocalizedText(c.NameEn, c.NameFr, c.NameEs), c.Alpha3, c.Alpha2, c.M49, null)).ToList();
        var uninhabited = rows.Where(c => !c.Inhabited).Select(c => c.Alpha3).ToHashSet(StringComparer.Ordinal);
        var aliases = (await read.QueryAsync<(string Code, string Area)>(AliasesSql, null, cancellationToken)).ToList();
        var regions = (await read.QueryAsync<(string Scheme, string Code, string NameEn, string? NameFr, string? NameEs)>(RegionsSql, null, cancellationToken))
            .Select(r => new Area($"{r.Scheme}:{r.Code}", AreaKind.Region, new LocalizedText(r.NameEn, r.NameFr, r.NameEs), null, null, r.Scheme == "m49" ? r.Code : null, r.Scheme)).ToList();
        var members = (await read.QueryAsync<(string Scheme, string RegionCode, string Alpha3)>(MembersSql, null, cancellationToken))
            .OrderBy(m => m.Alpha3, StringComparer.Ordinal).ToLookup(m => $"{m.Scheme}:{m.RegionCode}", m => m.Alpha3);
        var retired = (await read.QueryAsync<(string Scheme, string Code, string Name, long RetiredIn, string Successors)>(RetiredSql, null, cancellationToken))
            .ToDictionary(r => r.Code.ToUpperInvariant(), r => new RetiredCode(r.Name, (int)r.RetiredIn, r.Successors.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase);
        return new Snapshot(countries, regions, members, retired, uninhabited, aliases);
    }

    internal sealed class Snapshot
    {
        private readonly Dictionary<string, (Area Area, CodeScheme Scheme)> _byCode = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, RetiredCode> _retired;
        private readonly ILookup<string, string> _members;
        private readonly ILookup<string, string> _regionsOf;

        // aliases: other publishers' codes, each with the area (our code) it names.
        public Snapshot(
            IReadOnlyList<Area> countries, IReadOnlyList<Area> regions, ILookup<string, string> members, Dictionary<string, RetiredCode> retired,
            IReadOnlySet<string> uninhabited, IReadOnlyList<(string Code, string Area)> aliases)
        {
            Uninhabited = uninhabited;
            Countries = countries;
            Regions = regions;
            _members = members;
            _regionsOf = members.SelectMany(region => region.Select(alpha3 => (Region: region.Key, Alpha3: alpha3)))
                .OrderBy(m => m.Region, StringComparer.Ordinal).ToLookup(m => m.Alpha3, m => m.Region);
            _retired = retired;
            foreach (var c in countries)
            {
                _byCode[c.Alpha3!] = (c, CodeScheme.Alpha3);
                _byCode[c.Alpha2!] = (c, CodeScheme.Alpha2);
                _byCode[c.M49!] = (c, CodeScheme.M49);
            }

            foreach (var r in regions)
            {
                _byCode[r.Code] = (r, CodeScheme.Region);
            }

            // UN DESA writes its regions as bare M49 codes (001 World, 830 Channel Islands); no country shares one.
            foreach (var r in regions.Where(r => r.Scheme == "m49"))
            {
                _byCode.TryAdd(r.M49!, (r, CodeScheme.M49));
            }

            foreach (var (code, area) in aliases)
            {
                if (_byCode.TryGetValue(area, out var named))
                {
                    _byCode.TryAdd(code, (named.Area, CodeScheme.Alias));
                }
            }
        }

        public IReadOnlyList<Area> Countries { get; }

        public IReadOnlyList<Area> Regions { get; }

        /// <summary>Countries and areas with no permanent population (alpha-3): never counted as missing from a region.</summary>
        public IReadOnlySet<string> Uninhabited { get; }

        public Area? Find(string code) => _byCode.TryGetValue(code, out var hit) ? hit.Area : null;

        public IReadOnlyList<string> MembersOf(string regionCode) => _members[regionCode].ToList();

        /// <summary>The regions (scheme:code) a country belongs to, in every scheme.</summary>
        public IReadOnlyList<string> RegionsOf(string alpha3) => _regionsOf[alpha3].ToList();

        /// <summary>The area a code names; a former code with one successor resolves to it, with the history said.</summary>
        /// <returns>Null for a code that names nothing, or a former code with several successors (see <see cref="RetiredFor"/>).</returns>
        public AreaResolution? Resolve(string code)
        {
            var trimmed = code.Trim();
            if (trimmed.All(char.IsAsciiDigit) && trimmed.Length is 1 or 2)
            {
                trimmed = trimmed.PadLeft(3, '0');
            }

            if (_byCode.TryGetValue(trimmed, out var hit))
            {
                return new AreaResolution(code, hit.Scheme, hit.Area, null);
            }

            return _retired.TryGetValue(trimmed, out var retired) && retired.Successors.Count == 1 && Find(retired.Successors[0]) is { } successor
                ? new AreaResolution(code, CodeScheme.Retired, successor, retired)
                : null;
        }

        public RetiredCode? RetiredFor(string code) => _retired.GetValueOrDefault(code.Trim());

        /// <summary>Resolves a code the caller gave in <paramref name="field"/>, or answers 400 saying why it cannot.</summary>
        public AreaResolution ResolveOrInvalid(string code, string field) =>
            Resolve(code) ?? throw Invalid.Field(field, Explain(code));

        public string Explain(string code) => RetiredFor(code) is { } retired
            ? $"'{code}' ({retired.Name}) is no longer in use since {retired.RetiredIn}; use one of its successors: {string.Join(", ", retired.Successors)}."
            : $"'{code}' is not an ISO 3166-1 alpha-3 or alpha-2 code, a UN M49 code, or a region (scheme:code, such as sdg:747 or m49:202).";
    }
}
