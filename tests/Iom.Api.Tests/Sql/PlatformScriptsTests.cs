using Iom.Api.Tests.Architecture;
using Iom.SharedKernel.Data;

namespace Iom.Api.Tests.Sql;

/// <summary>
/// Governing Bodies made its audit, idempotency and outbox tables with migrations of its own (0003-0005), journaled before
/// the shared template existed; renaming journaled scripts would run them again. They must stay what the template makes.
/// </summary>
public sealed class PlatformScriptsTests
{
    private static readonly string[] GoverningBodiesPlatformScripts =
        ["0003_create_audit_trail.sql", "0004_create_idempotency_records.sql", "0005_create_outbox.sql"];

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.SqlServer)]
    public void GoverningBodiesPlatformScripts_MakeWhatTheTemplateMakes(DatabaseProvider provider)
    {
        var folder = Path.Combine(SourceFile.RepositoryRoot(), "src/Modules/GoverningBodies/Data/Migrations", provider.ToString());
        var scripts = string.Join('\n', GoverningBodiesPlatformScripts.Select(s => File.ReadAllText(Path.Combine(folder, s))));
        Assert.That(TemplateLinesMissing(scripts, PlatformTablesMigration.Script(provider, "governing_bodies")), Is.Empty);
    }

    [Test]
    public void Rule_PlatformScripts_CatchesThePlantedViolation()
    {
        var template = PlatformTablesMigration.Script(DatabaseProvider.Sqlite, "governing_bodies");
        var drifted = template.Replace("trace_id    TEXT NULL", "trace      TEXT NULL", StringComparison.Ordinal);
        Assert.That(TemplateLinesMissing(drifted, template), Is.EqualTo(new[] { "trace_id TEXT NULL" }));
    }

    /// <summary>The template's statements' lines that the scripts lack, in the template's order (other lines may come between).</summary>
    private static IReadOnlyList<string> TemplateLinesMissing(string scripts, string template)
    {
        var have = Lines(scripts);
        var missing = new List<string>();
        var at = 0;
        foreach (var line in Lines(template))
        {
            var found = have.IndexOf(line, at);
            if (found < 0)
            {
                missing.Add(line);
                continue;
            }

            at = found + 1;
        }

        return missing;
    }

    private static List<string> Lines(string sql) =>
        sql.ReplaceLineEndings("\n").Split('\n')
            .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal))
            .ToList();
}
