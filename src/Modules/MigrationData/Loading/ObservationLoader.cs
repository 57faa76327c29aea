using System.Data.Common;
using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Data;
using Iom.Modules.MigrationData.Geography;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using nietras.SeparatedValues;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>
/// Loads a CSV or SDMX-CSV file of observations into an edition: read row by row from disk (memory does not grow with
/// the file), each row checked (indicator and area codes, period, number, status, duplicate key) and inserted in one
/// transaction, committed only when every row passed. Duplicates are caught by the insert itself (it writes nothing for
/// a key already present, in this file or an earlier load), so no key set is held in memory. On SQL Server the rows go
/// in bulk, a batch at a time (<see cref="SqlServerBatchCopy"/>).
/// </summary>
internal sealed class ObservationLoader(WriteSessions sessions, MigrationDataDatabase db, AreaDirectory areas, IndicatorDirectory indicators)
{
    public const int MaxReportedErrors = 100;
    public const int ProgressEvery = 10_000;

    // SQLite (ScriptDom cannot parse ON CONFLICT): writes nothing for a key already present.
    private static readonly string SqliteInsertSql =
        "INSERT INTO migration_data.observations (indicator_key, edition_key, area, period, value, status, sex, age, origin) VALUES (@i, @e, @a, @p, @v, @s, @x, @g, @o) ON CONFLICT DO NOTHING";

    /// <summary>Loads the file at <paramref name="path"/> into an edition; <paramref name="by"/> names the sender when the load runs outside their request.</summary>
    public async Task<LoadReport> LoadAsync(Guid editionId, string path, Action<int, double>? progress, string? by, CancellationToken cancellationToken)
    {
        var geography = await areas.GetAsync(cancellationToken);
        var codes = await indicators.ReloadAsync(cancellationToken);
        // A load is long and may run as a job after its request: it owns its write session and commits it itself.
        await using var write = await sessions.BeginAsync(db, cancellationToken, by);
        var edition = await EditionRow.GetAsync(write, editionId, cancellationToken);
        edition.EnsureDraft();
        var run = new LoadRun(geography, codes, edition.EditionKey);
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            Read(write, run, file, progress, cancellationToken);
        }

        if (run.ErrorCount > 0)
        {
            return run.Report(LoadOutcome.Rejected);
        }

        await LoadRecord.WriteAsync(write, run, editionId, edition, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return run.Report(LoadOutcome.Loaded);
    }

    // Synchronous by necessity: Sep's rows are ref structs, which cannot live across an await.
    private void Read(WriteSession write, LoadRun run, FileStream file, Action<int, double>? progress, CancellationToken cancellationToken)
    {
        using var reader = RowLayout.OpenReader(file);
        if (!RowLayout.TryFrom(reader.Header, out var layout, out var headerError))
        {
            run.Fail(1, null, headerError);
            return;
        }

        run.Format = layout.Format;
        // SQL Server copies batches in bulk (SqlServerBatchCopy); SQLite inserts row by row with one prepared statement.
        var batch = db.Dialect.Provider == DatabaseProvider.SqlServer ? new List<(int, ParsedObservation)>(StagedLoader.BatchRows) : null;
        var batchId = write.NewId();
        using var insert = batch is null ? PrepareInsert(write) : null;
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.RowsRead++;
            var line = row.LineNumberFrom;
            if (row.ColCount < layout.Width)
            {
                run.Fail(line, null, $"The row has {row.ColCount} columns; the header has {layout.Width}.");
                continue;
            }

            var observation = run.TryParse(row, layout, line);
            if (observation is not null && batch is not null)
            {
                batch.Add((line, observation));
                if (batch.Count == StagedLoader.BatchRows)
                {
                    SqlServerBatchCopy.Flush(write, batchId, batch, SqlServerBatchCopy.Target.Edition, run, db.CommandTimeoutSeconds);
                    batch.Clear();
                }
            }
            else if (observation is not null)
            {
                Bind(insert!, observation);
                if (insert!.ExecuteNonQuery() == 0)
                {
                    run.FailDuplicate(line, observation);
                }
                else
                {
                    run.Loaded(observation.IndicatorKey);
                }
            }

            if (run.RowsRead % ProgressEvery == 0)
            {
                progress?.Invoke(run.RowsRead, file.Length == 0 ? 1 : (double)file.Position / file.Length);
            }
        }

        if (batch is not null)
        {
            SqlServerBatchCopy.Flush(write, batchId, batch, SqlServerBatchCopy.Target.Edition, run, db.CommandTimeoutSeconds);
        }

        progress?.Invoke(run.RowsRead, 1);
    }

    private DbCommand PrepareInsert(WriteSession write)
    {
        var command = write.Connection.CreateCommand();
        command.Transaction = write.Transaction;
        command.CommandText = SqliteInsertSql;
        command.CommandTimeout = db.CommandTimeoutSeconds;
        ObservationParameters.Add(command);

        return command;
    }

    private static void Bind(DbCommand insert, ParsedObservation o)
    {
        insert.Parameters[0].Value = o.IndicatorKey;
        insert.Parameters[1].Value = o.EditionKey;
        insert.Parameters[2].Value = o.Area;
        insert.Parameters[3].Value = o.Period;
        insert.Parameters[4].Value = o.Value is { } v ? v : DBNull.Value;
        insert.Parameters[5].Value = o.Status is { } s ? s.ToText() : DBNull.Value;
        insert.Parameters[6].Value = o.Breakdown.Sex;
        insert.Parameters[7].Value = o.Breakdown.Age;
        insert.Parameters[8].Value = o.Breakdown.Origin;
    }
}
