using Dapper;
using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Data;
using Iom.Modules.MigrationData.Geography;
using Iom.SharedKernel.Data;
using nietras.SeparatedValues;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>
/// A load job's load: rows checked and staged in batches, each batch a short transaction that also records the job's
/// progress and renews its lease, so that the module's write lock is never held for long (other writers, readiness,
/// and every host reading the job's progress go on); then one transaction moves the staged rows into the edition,
/// or, when any row failed, the staged rows are dropped. Every row or none, as a synchronous load.
/// </summary>
internal sealed class StagedLoader(WriteSessions sessions, MigrationDataDatabase db, AreaDirectory areas, IndicatorDirectory indicators, LoadJobs jobs)
{
    public const int BatchRows = 5_000;

    private const string MoveSql = """
        INSERT INTO migration_data.observations (indicator_key, edition_key, area, period, sex, age, origin, value, status)
        SELECT indicator_key, edition_key, area, period, sex, age, origin, value, status FROM migration_data.load_staging WHERE job_id = @Id
        """;

    public const string DropSql = "DELETE FROM migration_data.load_staging WHERE job_id = @Id";

    public async Task<LoadReport> LoadAsync(Guid jobId, Guid editionId, string path, string by, CancellationToken cancellationToken)
    {
        var geography = await areas.GetAsync(cancellationToken);
        var codes = await indicators.ReloadAsync(cancellationToken);
        EditionRow edition;
        await using (var read = await db.ReadLatestAsync(cancellationToken))
        {
            edition = await EditionRow.GetAsync(read, editionId, cancellationToken);
        }

        var run = new LoadRun(geography, codes, edition.EditionKey);
        if (edition.Status != EditionStatus.Draft)
        {
            run.Fail(0, null, edition.NotDraft);
            return run.Report(LoadOutcome.Rejected);
        }

        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        using (var reader = RowLayout.OpenReader(file))
        {
            if (!RowLayout.TryFrom(reader.Header, out var layout, out var headerError))
            {
                run.Fail(1, null, headerError);
                return run.Report(LoadOutcome.Rejected);
            }

            run.Format = layout.Format;
            var batch = new List<(int Line, ParsedObservation Observation)>(BatchRows);
            while (ReadBatch(reader, layout, run, batch))
            {
                await StageAsync(jobId, batch, run, file.Length == 0 ? 1 : (double)file.Position / file.Length, by, cancellationToken);
                batch.Clear();
            }
        }

        if (run.ErrorCount > 0)
        {
            await RunAsync(DropSql, new { Id = jobId }, by, cancellationToken);
            return run.Report(LoadOutcome.Rejected);
        }

        await using var write = await sessions.BeginAsync(db, cancellationToken, by);
        if (await EditionRow.GetAsync(write, editionId, cancellationToken) is { Status: not EditionStatus.Draft } released)
        {
            // Released while the job ran: what people now read is not changed under them.
            await write.ExecuteAsync(DropSql, new { Id = jobId }, cancellationToken);
            await write.CommitAsync(cancellationToken);
            run.Fail(0, null, released.NotDraft);
            return run.Report(LoadOutcome.Rejected);
        }

        await write.ExecuteAsync(MoveSql, new { Id = jobId }, cancellationToken);
        await write.ExecuteAsync(DropSql, new { Id = jobId }, cancellationToken);
        await LoadRecord.WriteAsync(write, run, editionId, edition, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return run.Report(LoadOutcome.Loaded);
    }

    // Synchronous: Sep's rows are ref structs, which cannot live across an await. False once the file is read.
    private static bool ReadBatch(SepReader reader, RowLayout layout, LoadRun run, List<(int, ParsedObservation)> batch)
    {
        var any = false;
        while (batch.Count < BatchRows && reader.MoveNext())
        {
            any = true;
            var row = reader.Current;
            run.RowsRead++;
            var line = row.LineNumberFrom;
            if (row.ColCount < layout.Width)
            {
                run.Fail(line, null, $"The row has {row.ColCount} columns; the header has {layout.Width}.");
            }
            else if (run.TryParse(row, layout, line) is { } observation)
            {
                batch.Add((line, observation));
            }
        }

        return any;
    }

    private async Task StageAsync(Guid jobId, List<(int Line, ParsedObservation Observation)> batch, LoadRun run, double fraction, string by, CancellationToken cancellationToken)
    {
        await using var write = await sessions.BeginAsync(db, cancellationToken, by);
        if (db.Dialect.Provider == DatabaseProvider.SqlServer)
        {
            SqlServerBatchCopy.Flush(write, jobId, batch, SqlServerBatchCopy.Target.Staging, run, db.CommandTimeoutSeconds);
        }
        else
        {
            SqliteStaging.Stage(write, jobId, batch, run, db.CommandTimeoutSeconds);
        }

        await jobs.RecordProgressAsync(write, jobId, run.RowsRead, fraction, cancellationToken);
        await write.CommitAsync(cancellationToken);
    }

    private async Task RunAsync(string sql, object parameters, string by, CancellationToken cancellationToken)
    {
        await using var write = await sessions.BeginAsync(db, cancellationToken, by);
        await write.Connection.ExecuteAsync(write.Command(sql, parameters, cancellationToken));
        await write.CommitAsync(cancellationToken);
    }
}
