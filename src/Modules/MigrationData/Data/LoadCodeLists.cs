using System.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using nietras.SeparatedValues;

namespace Iom.Modules.MigrationData.Data;

/// <summary>
/// Loads the code lists: the countries every module shares (<see cref="Countries"/>: ISO 3166-1 and M49 codes, names in EN/FR/ES), and from Data/CodeLists the retired
/// ISO 3166-3 codes, regions of each scheme and their members); tools/codelists regenerates the files.
/// </summary>
internal sealed class LoadCodeLists : ICodeMigration
{
    public string Name => "0002_load_code_lists";

    public string? Apply(Func<IDbCommand> newCommand, DatabaseProvider provider, string schema)
    {
        var prefix = provider == DatabaseProvider.SqlServer ? schema + "." : string.Empty;
        Insert(newCommand, Countries.CodeList(), $"INSERT INTO {prefix}countries (alpha3, alpha2, m49, name_en, name_fr, name_es) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
            ["alpha3", "alpha2", "m49", "name_en", "name_fr", "name_es"]);
        Insert(newCommand, Resource("retired_codes.csv"), $"INSERT INTO {prefix}retired_codes (scheme, code, name, retired_in, successors) VALUES (@p0, @p1, @p2, @p3, @p4)",
            ["scheme", "code", "name", "retired_in", "successors"]);
        Insert(newCommand, Resource("regions.csv"), $"INSERT INTO {prefix}regions (scheme, code, name_en, name_fr, name_es, parent_code) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
            ["scheme", "code", "name_en", "name_fr", "name_es", "parent_code"]);
        Insert(newCommand, Resource("region_members.csv"), $"INSERT INTO {prefix}region_members (scheme, region_code, alpha3) VALUES (@p0, @p1, @p2)",
            ["scheme", "region_code", "alpha3"]);
        return null;
    }

    private static Stream Resource(string file) =>
        typeof(LoadCodeLists).Assembly.GetManifestResourceStream($"{typeof(LoadCodeLists).Namespace}.CodeLists.{file}")
            ?? throw new InvalidOperationException($"Code list {file} is not embedded.");

    private static void Insert(Func<IDbCommand> newCommand, Stream codeList, string sql, string[] columns)
    {
        using var stream = codeList;
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(stream);
        using var command = newCommand();
        command.CommandText = sql;
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        var indices = reader.Header.IndicesOf(columns);
        foreach (var row in reader)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                var text = row[indices[i]].ToString();
                parameters[i].Value = text.Length == 0 ? DBNull.Value : text;
            }

            command.ExecuteNonQuery();
        }
    }
}
