using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Iom.Bench;

/// <summary>
/// Fills a migrated Governing Bodies SQLite file with realistic documents: sessions of the Council (regular and special)
/// and of the SCPF, each with its documents in three language versions, some of them linked to agenda items.
/// </summary>
internal static class Seeder
{
    public static int Run(string directory, string scale)
    {
        var documents = scale switch { "10k" => 10_000, "100k" => 100_000, "1m" => 1_000_000, _ => throw new ArgumentException("--scale is 10k, 100k or 1m") };
        var perSession = documents <= 10_000 ? 50 : 334;
        var sessions = (documents + perSession - 1) / perSession;
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "governing_bodies.db")};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA synchronous = OFF;");
        using var transaction = connection.BeginTransaction();
        var insertSession = Prepare(connection, transaction, """
            INSERT INTO sessions (id, body_code, kind, number, symbol_prefix, title_en, title_fr, title_es, start_date, end_date, venue, format,
                status, notice_required_days, notice_deadline, version, created_at, created_by, updated_at, updated_by)
            VALUES ($id, $body, $kind, $number, $prefix, $title, $title, $title, $start, $start, 'Geneva', 'hybrid',
                'planned', 30, $start, 1, $now, 'seed', $now, 'seed')
            """, "$id", "$body", "$kind", "$number", "$prefix", "$title", "$start", "$now");
        var insertDocument = Prepare(connection, transaction, """
            INSERT INTO documents (id, symbol, chain_symbol, series, component, revision, corrigendum, addendum, session_id, type, distribution,
                original_language, title_en, title_fr, title_es, version, created_at, created_by, updated_at, updated_by)
            VALUES ($id, $symbol, $symbol, $series, NULL, 0, 0, 0, $session, 'report', 'general', 'en', $title, $title, NULL, 1, $now, 'seed', $now, 'seed')
            """, "$id", "$symbol", "$series", "$session", "$title", "$now");
        var insertLanguage = Prepare(connection, transaction, """
            INSERT INTO document_languages (document_id, language, status, available_at, updated_at) VALUES ($document, $language, $status, $available, $now)
            """, "$document", "$language", "$status", "$available", "$now");
        var now = DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        var written = 0;
        for (var s = 0; s < sessions && written < documents; s++)
        {
            var (body, kind, prefix, number) = (s % 3) switch
            {
                0 => ("council", "regular", $"C/{(s / 3) + 1}", (s / 3) + 1),
                1 => ("council", "special", $"C/Sp/{(s / 3) + 1}", (s / 3) + 1),
                _ => ("scpf", "regular", $"S/{(s / 3) + 1}", (s / 3) + 1),
            };
            var sessionId = Guid.CreateVersion7().ToString("D").ToUpperInvariant();
            Run(insertSession, sessionId, body, kind, number, prefix, $"Session {prefix}", new DateOnly(2000 + (s % 25), 11, 26).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), now);
            for (var d = 1; d <= perSession && written < documents; d++, written++)
            {
                var documentId = Guid.CreateVersion7().ToString("D").ToUpperInvariant();
                Run(insertDocument, documentId, $"{prefix}/{d}", prefix[..1], sessionId, $"Document {d} of {prefix}", now);
                Run(insertLanguage, documentId, "en", "available", now, now);
                Run(insertLanguage, documentId, "fr", d % 2 == 0 ? "available" : "inTranslation", d % 2 == 0 ? now : null, now);
                Run(insertLanguage, documentId, "es", "pending", null, now);
            }
        }

        transaction.Commit();
        Console.WriteLine($"seeded {written} documents in {sessions} sessions");
        return 0;
    }

    /// <summary>Prints ids for the load scripts to pick from.</summary>
    public static int Ids(string directory, string what, int count)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "governing_bodies.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = what == "sessions"
            ? "SELECT id FROM sessions WHERE created_by = 'seed' ORDER BY random() LIMIT $n"
            : "SELECT id FROM documents WHERE created_by = 'seed' ORDER BY random() LIMIT $n";
        command.Parameters.AddWithValue("$n", count);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Console.WriteLine(reader.GetString(0));
        }

        return 0;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
