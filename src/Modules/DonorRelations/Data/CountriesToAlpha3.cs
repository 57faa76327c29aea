using System.Data;
using System.Text.Json;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;

namespace Iom.Modules.DonorRelations.Data;

/// <summary>
/// Countries recorded before the one convention (<see cref="Countries"/>) were ISO alpha-2; they become alpha-3, as every
/// module now keeps and answers them: donors, appeal lines, and the country lists of donor priorities.
/// </summary>
internal sealed class CountriesToAlpha3 : ICodeMigration
{
    public string Name => "0004_countries_alpha3";

    public string? Apply(Func<IDbCommand> newCommand, DatabaseProvider provider, string schema)
    {
        var prefix = provider == DatabaseProvider.SqlServer ? schema + "." : string.Empty;
        foreach (var table in new[] { "donors", "appeal_lines" })
        {
            var alpha2Codes = CodeMigrations.Rows(newCommand, $"SELECT DISTINCT country FROM {prefix}{table} WHERE country IS NOT NULL", r => r.GetString(0))
                .Where(code => code.Length == 2 && Countries.TryFind(code, out _));
            foreach (var alpha2 in alpha2Codes)
            {
                CodeMigrations.Execute(newCommand, $"UPDATE {prefix}{table} SET country = @p0 WHERE country = @p1", Countries.Canonical(alpha2)!, alpha2);
            }
        }

        var priorities = CodeMigrations.Rows(newCommand, $"SELECT donor_id, year, countries FROM {prefix}donor_priorities", r => (DonorId: r.GetValue(0), Year: r.GetValue(1), Countries: r.GetString(2)));

        foreach (var (donorId, year, countries) in priorities)
        {
            var canonical = JsonSerializer.Serialize((JsonSerializer.Deserialize<List<string>>(countries) ?? []).Select(c => Countries.Canonical(c)!).Distinct().ToList());
            if (canonical != countries)
            {
                CodeMigrations.Execute(newCommand, $"UPDATE {prefix}donor_priorities SET countries = @p0 WHERE donor_id = @p1 AND year = @p2", canonical, donorId, year);
            }
        }

        return null;
    }
}
