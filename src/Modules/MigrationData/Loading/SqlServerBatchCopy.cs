using System.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Microsoft.Data.SqlClient;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>
/// SQL Server's bulk path for observation loads (ADR 0015, 0022): a batch of checked rows goes in one bulk copy to
/// <c>load_batches</c>, the rows whose key the edition, the job's staging or an earlier line already has are taken out
/// in one statement (their lines reported), and the rest move in one more: three statements a batch instead of one per
/// row. All in the caller's transaction, so a batch leaves nothing behind when it fails.
/// </summary>
internal static class SqlServerBatchCopy
{
    public const string Table = "migration_data.load_batches";

    /// <summary>The table's columns in the order of the copied rows.</summary>
    public static readonly string[] Columns = ["batch_id", "line", "indicator_key", "edition_key", "area", "period", "value", "status", "sex", "age", "origin"];

    private const string SameKeyEarlierInBatch = """
        EXISTS (SELECT 1 FROM migration_data.load_batches e
                WHERE e.batch_id = b.batch_id AND e.indicator_key = b.indicator_key AND e.area = b.area AND e.period = b.period
                  AND e.sex = b.sex AND e.age = b.age AND e.origin = b.origin AND e.line < b.line)
        """;

    // The predicate reads the batch as it was before the delete, so the first line of a repeated key stays.
    private const string RejectForEditionSql = """
        DELETE b OUTPUT deleted.line FROM migration_data.load_batches b
        WHERE b.batch_id = @Batch
          AND (EXISTS (SELECT 1 FROM migration_data.observations o WITH (UPDLOCK, HOLDLOCK)
                       WHERE o.indicator_key = b.indicator_key AND o.edition_key = b.edition_key AND o.area = b.area AND o.period = b.period
                         AND o.sex = b.sex AND o.age = b.age AND o.origin = b.origin)
               OR
        """ + " " + SameKeyEarlierInBatch + ")";

    private const string RejectForStagingSql = """
        DELETE b OUTPUT deleted.line FROM migration_data.load_batches b
        WHERE b.batch_id = @Batch
          AND (EXISTS (SELECT 1 FROM migration_data.observations o
                       WHERE o.indicator_key = b.indicator_key AND o.edition_key = b.edition_key AND o.area = b.area AND o.period = b.period
                         AND o.sex = b.sex AND o.age = b.age AND o.origin = b.origin)
               OR EXISTS (SELECT 1 FROM migration_data.load_staging s
                          WHERE s.job_id = b.batch_id AND s.indicator_key = b.indicator_key AND s.area = b.area AND s.period = b.period
                            AND s.sex = b.sex AND s.age = b.age AND s.origin = b.origin)
               OR
        """ + " " + SameKeyEarlierInBatch + ")";

    private const string InsertIntoEditionSql = """
        INSERT INTO migration_data.observations (indicator_key, edition_key, area, period, sex, age, origin, value, status)
        SELECT indicator_key, edition_key, area, period, sex, age, origin, value, status FROM migration_data.load_batches WHERE batch_id = @Batch
        """;

    private const string InsertIntoStagingSql = """
        INSERT INTO migration_data.load_staging (job_id, line, indicator_key, edition_key, area, period, sex, age, origin, value, status)
        SELECT batch_id, line, indicator_key, edition_key, area, period, sex, age, origin, value, status FROM migration_data.load_batches WHERE batch_id = @Batch
        """;

    private const string ClearSql = "DELETE FROM migration_data.load_batches WHERE batch_id = @Batch";

    /// <summary>Where a batch's rows go: straight into the edition (a synchronous load), or into a job's staging.</summary>
    internal enum Target
    {
        Edition,
        Staging,
    }

    /// <summary>
    /// Copies <paramref name="rows"/> and moves those with a new key into <paramref name="target"/>; fails the others in
    /// <paramref name="run"/>. A job's batches carry its id (the staging's job_id), a synchronous load's any fresh id.
    /// </summary>
    public static void Flush(WriteSession write, Guid batchId, IReadOnlyList<(int Line, ParsedObservation Observation)> rows, Target target, LoadRun run, int timeoutSeconds)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var connection = (SqlConnection)write.Connection;
        var transaction = (SqlTransaction)write.Transaction;
        using (var copy = new SqlBulkCopy(connection, SqlBulkCopyOptions.Default, transaction) { DestinationTableName = Table, BulkCopyTimeout = timeoutSeconds })
        using (var table = ToTable(batchId, rows))
        {
            foreach (var column in Columns)
            {
                copy.ColumnMappings.Add(column, column);
            }

            copy.WriteToServer(table);
        }

        var rejected = new HashSet<int>();
        using (var reject = Command(connection, transaction, target == Target.Edition ? RejectForEditionSql : RejectForStagingSql, batchId, timeoutSeconds))
        using (var lines = reject.ExecuteReader())
        {
            while (lines.Read())
            {
                rejected.Add(lines.GetInt32(0));
            }
        }

        foreach (var (line, o) in rows)
        {
            if (rejected.Contains(line))
            {
                run.FailDuplicate(line, o);
            }
            else
            {
                run.Loaded(o.IndicatorKey);
            }
        }

        using (var move = Command(connection, transaction, target == Target.Edition ? InsertIntoEditionSql : InsertIntoStagingSql, batchId, timeoutSeconds))
        {
            move.ExecuteNonQuery();
        }

        using var clear = Command(connection, transaction, ClearSql, batchId, timeoutSeconds);
        clear.ExecuteNonQuery();
    }

    private static DataTable ToTable(Guid batchId, IReadOnlyList<(int Line, ParsedObservation Observation)> rows)
    {
        var table = new DataTable();
        table.Columns.Add(Columns[0], typeof(Guid));
        table.Columns.Add(Columns[1], typeof(int));
        table.Columns.Add(Columns[2], typeof(int));
        table.Columns.Add(Columns[3], typeof(int));
        table.Columns.Add(Columns[4], typeof(string));
        table.Columns.Add(Columns[5], typeof(string));
        table.Columns.Add(Columns[6], typeof(double));
        table.Columns.Add(Columns[7], typeof(string));
        table.Columns.Add(Columns[8], typeof(string));
        table.Columns.Add(Columns[9], typeof(string));
        table.Columns.Add(Columns[10], typeof(string));
        foreach (var (line, o) in rows)
        {
            table.Rows.Add(batchId, line, o.IndicatorKey, o.EditionKey, o.Area, o.Period, o.Value is { } v ? v : DBNull.Value, o.Status is { } s ? s.ToText() : DBNull.Value,
                o.Breakdown.Sex, o.Breakdown.Age, o.Breakdown.Origin);
        }

        return table;
    }

    private static SqlCommand Command(SqlConnection connection, SqlTransaction transaction, string sql, Guid batchId, int timeoutSeconds)
    {
        var command = new SqlCommand(sql, connection, transaction) { CommandTimeout = timeoutSeconds };
        command.Parameters.Add(new SqlParameter("@Batch", SqlDbType.UniqueIdentifier) { Value = batchId });
        return command;
    }
}
