using Iom.SharedKernel.Data;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>
/// SQLite's staging of a job's batch (SQL Server copies it in bulk: <see cref="SqlServerBatchCopy"/>): one prepared
/// statement per batch, bound row by row, that stages nothing for a key the edition or the job already has.
/// </summary>
internal static class SqliteStaging
{
    // SQLite (ScriptDom cannot parse ON CONFLICT): nothing is staged for a key the edition or this job already has.
    private static readonly string StageSql = """
        INSERT INTO migration_data.load_staging (job_id, line, indicator_key, edition_key, area, period, value, status, sex, age, origin)
        SELECT @j, @l, @i, @e, @a, @p, @v, @s, @x, @g, @o
        WHERE NOT EXISTS (SELECT 1 FROM migration_data.observations
                          WHERE indicator_key = @i AND edition_key = @e AND area = @a AND period = @p AND sex = @x AND age = @g AND origin = @o)
        ON CONFLICT DO NOTHING
        """;

    public static void Stage(WriteSession write, Guid jobId, List<(int Line, ParsedObservation Observation)> batch, LoadRun run, int timeoutSeconds)
    {
        using var stage = write.Connection.CreateCommand();
        stage.Transaction = write.Transaction;
        stage.CommandText = StageSql;
        stage.CommandTimeout = timeoutSeconds;
        ObservationParameters.Add(stage, ("@j", System.Data.DbType.String, 36), ("@l", System.Data.DbType.Int32, 0));
        stage.Parameters[0].Value = jobId.ToString("D").ToUpperInvariant();
        foreach (var (line, o) in batch)
        {
            stage.Parameters[1].Value = line;
            stage.Parameters[2].Value = o.IndicatorKey;
            stage.Parameters[3].Value = o.EditionKey;
            stage.Parameters[4].Value = o.Area;
            stage.Parameters[5].Value = o.Period;
            stage.Parameters[6].Value = o.Value is { } value ? value : DBNull.Value;
            stage.Parameters[7].Value = o.Status is { } status ? Iom.SharedKernel.Text.EnumText.ToText(status) : DBNull.Value;
            stage.Parameters[8].Value = o.Breakdown.Sex;
            stage.Parameters[9].Value = o.Breakdown.Age;
            stage.Parameters[10].Value = o.Breakdown.Origin;
            if (stage.ExecuteNonQuery() == 0)
            {
                run.FailDuplicate(line, o);
            }
            else
            {
                run.Loaded(o.IndicatorKey);
            }
        }
    }
}
