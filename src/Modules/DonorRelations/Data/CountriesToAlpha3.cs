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
            foreach (var (alpha2, alpha3) in Alpha2Codes(newCommand, $"SELECT DISTINCT country FROM {prefix}{table} WHERE country IS NOT NULL"))
            {
                CodeMigrations.Execute(newCommand, $"UPDATE {prefix}{table} SET country = @p0 WHERE country = @p1", alpha3, alpha2);
            }
        }

        var priorities = new List<(object DonorId, object Year, string Countries)>();
        using (var select = newCommand())
        {
            select.CommandText = $"SELECT donor_id, year, countries FROM {prefix}donor_priorities";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                priorities.Add((reader.GetValue(0), reader.GetValue(1), reader.GetString(2)));
            }
        }

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

    private static List<(string Alpha2, string Alpha3)> Alpha2Codes(Func<IDbCommand> newCommand, string sql)
    {
        using var select = newCommand();
        select.CommandText = sql;
        using var reader = select.ExecuteReader();
        var codes = new List<(string, string)>();
        while (reader.Read())
        {
            var code = reader.GetString(0);
            if (code.Length == 2 && Countries.TryFind(code, out var country))
            {
                codes.Add((code, country.Alpha3));
            }
        }

        return codes;
    }
}
