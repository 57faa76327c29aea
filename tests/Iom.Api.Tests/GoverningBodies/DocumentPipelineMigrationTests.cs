using Iom.Modules.GoverningBodies;
using Iom.SharedKernel.Data;
using Microsoft.Data.Sqlite;

namespace Iom.Api.Tests.GoverningBodies;

/// <summary>
/// Migration 0016 on a database that holds documents from before the pipeline: they take the stage their languages
/// put them in, their language statuses take the new names, and they are numbered per year in the order registered.
/// </summary>
public sealed class DocumentPipelineMigrationTests
{
    private const string Pipeline = "0016_document_pipeline_job_numbers.sql";

    [Test]
    public void DocumentsRegisteredBeforeThePipeline_StandWhereTheirLanguagesPutThem_AndAreNumberedPerYear()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gb-0016-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            RunScripts(connection, name => string.CompareOrdinal(FileName(name), Pipeline) < 0);
            Execute(connection, """
                INSERT INTO documents (id, symbol, symbol_sort, chain_symbol, series, revision, corrigendum, addendum, type, distribution, original_language, title_en, version, created_at, created_by, updated_at, updated_by)
                VALUES ('a', 'C/1/1', 'a', 'C/1/1', 'C', 0, 0, 0, 'report', 'general', 'en', 'Issued', 1, '2023-05-02T08:00:00.0000000Z', 't', '2023-05-02T08:00:00.0000000Z', 't'),
                       ('b', 'C/1/2', 'b', 'C/1/2', 'C', 0, 0, 0, 'report', 'general', 'en', 'Translating', 1, '2024-01-03T08:00:00.0000000Z', 't', '2024-01-03T08:00:00.0000000Z', 't'),
                       ('c', 'C/1/3', 'c', 'C/1/3', 'C', 0, 0, 0, 'report', 'general', 'en', 'Owed', 1, '2024-02-03T08:00:00.0000000Z', 't', '2024-02-03T08:00:00.0000000Z', 't'),
                       ('d', 'C/1/4', 'd', 'C/1/4', 'C', 0, 0, 0, 'report', 'general', 'en', 'Complete', 1, '2024-03-03T08:00:00.0000000Z', 't', '2024-03-03T08:00:00.0000000Z', 't');
                INSERT INTO document_languages (document_id, language, status, updated_at) VALUES
                    ('a', 'en', 'issued', 'x'), ('a', 'fr', 'pending', 'x'),
                    ('b', 'en', 'available', 'x'), ('b', 'fr', 'inTranslation', 'x'),
                    ('c', 'en', 'available', 'x'), ('c', 'fr', 'pending', 'x'),
                    ('d', 'en', 'available', 'x'), ('d', 'fr', 'available', 'x');
                """);

            RunScripts(connection, name => FileName(name) == Pipeline);

            Assert.Multiple(() =>
            {
                Assert.That(Rows(connection, "SELECT id || ' ' || status || ' ' || job_year || '-' || job_sequence FROM documents ORDER BY id"),
                    Is.EqualTo(new[] { "a issued 2023-1", "b inTranslation 2024-1", "c edited 2024-2", "d ready 2024-3" }));
                Assert.That(Rows(connection, "SELECT document_id || language || ' ' || status FROM document_languages ORDER BY document_id, language"),
                    Is.EqualTo(new[] { "aen issued", "afr requested", "ben final", "bfr inTranslation", "cen final", "cfr requested", "den final", "dfr final" }));
                Assert.That(Rows(connection, "SELECT year || ' ' || last_sequence FROM job_number_years WHERE year IN (2023, 2024, 2025) ORDER BY year"),
                    Is.EqualTo(new[] { "2023 1", "2024 3", "2025 0" }), "the next submission continues each year's numbers");
                Assert.That(Rows(connection, "SELECT MIN(year) || '-' || MAX(year) FROM job_number_years"), Is.EqualTo(new[] { "2000-2199" }));
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static void RunScripts(SqliteConnection connection, Func<string, bool> which)
    {
        var assembly = typeof(GoverningBodiesModule).Assembly;
        foreach (var name in ModuleMigrator.ScriptNames(assembly, DatabaseProvider.Sqlite).Where(which))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            Execute(connection, reader.ReadToEnd());
        }
    }

    private static string FileName(string resource) => resource[(resource.IndexOf(".Sqlite.", StringComparison.Ordinal) + ".Sqlite.".Length)..];

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
