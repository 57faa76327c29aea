using System.Text.Json;
using System.Threading.Channels;
using Dapper;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>
/// Load jobs, all of their state in the database: progress as the load goes, and the lease of the host that runs the
/// job (renewed as it goes), so that every host answers the same and only a lease that expired fails a job. The
/// queue of jobs waiting for this host's runner is in memory: their files are on this host's disk.
/// </summary>
internal sealed class LoadJobs(WriteSessions sessions, MigrationDataDatabase db, TimeProvider clock)
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    // Leases are taken and checked on the wall clock, as the outbox's are: several hosts must agree on when one ends.
    private static DateTimeOffset LeaseUntil => DateTimeOffset.UtcNow + Lease;

    /// <summary>This process, as the holder of its jobs' leases.</summary>
    public static readonly string Holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private const string InsertSql = """
        INSERT INTO migration_data.load_jobs (id, edition_id, format, status, file_bytes, rows_read, rows_loaded, error_count, errors, created_at, created_by,
            started_at, finished_at, holder, lease_expires_at, progress_percent)
        VALUES (@Id, @EditionId, @Format, @Status, @FileBytes, 0, 0, 0, '[]', @Now, @By, NULL, NULL, @Holder, @Until, 0)
        """;

    private const string StartSql = "UPDATE migration_data.load_jobs SET status = @Status, started_at = @Now, lease_expires_at = @Until WHERE id = @Id AND holder = @Holder";

    private const string ProgressSql = """
        UPDATE migration_data.load_jobs SET rows_read = @RowsRead, progress_percent = @Percent, lease_expires_at = @Until WHERE id = @Id AND holder = @Holder
        """;

    private const string RenewSql = """
        UPDATE migration_data.load_jobs SET lease_expires_at = @Until WHERE holder = @Holder AND status IN ('queued', 'running')
        """;

    private const string FinishSql = """
        UPDATE migration_data.load_jobs SET status = @Status, format = @Format, rows_read = @RowsRead, rows_loaded = @RowsLoaded, error_count = @ErrorCount,
            errors = @Errors, finished_at = @Now, progress_percent = 100, lease_expires_at = NULL
        WHERE id = @Id
        """;

    private const string SelectSql = """
        SELECT id, edition_id, format, status, file_bytes, rows_read, rows_loaded, error_count, errors, created_at, created_by, started_at, finished_at,
               progress_percent, lease_expires_at
        FROM migration_data.load_jobs WHERE id = @Id
        """;

    private const string FailExpiredSql = """
        UPDATE migration_data.load_jobs SET status = 'failed', errors = @Errors, finished_at = @Now, lease_expires_at = NULL
        WHERE status IN ('queued', 'running') AND lease_expires_at < @Now
        """;

    private const string DropOrphanedStagingSql = """
        DELETE FROM migration_data.load_staging
        WHERE job_id IN (SELECT id FROM migration_data.load_jobs WHERE status IN ('succeeded', 'failed'))
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Channel<Guid> Queue { get; } = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public async Task<LoadJobDetails> EnqueueAsync(Guid editionId, long fileBytes, Guid jobId, string by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await ExecuteAsync(InsertSql, new
        {
            Id = jobId, EditionId = editionId, Format = "csv", Status = LoadJobStatus.Queued.ToText(), FileBytes = fileBytes, Now = now, By = by, Holder, Until = LeaseUntil,
        }, cancellationToken);
        await Queue.Writer.WriteAsync(jobId, cancellationToken);
        return await GetAsync(jobId, cancellationToken);
    }

    public Task StartAsync(Guid id, CancellationToken cancellationToken) =>
        ExecuteAsync(StartSql, new { Id = id, Status = LoadJobStatus.Running.ToText(), Now = clock.GetUtcNow(), Until = LeaseUntil, Holder }, cancellationToken);

    /// <summary>Records progress and renews the lease in the transaction of a staged batch.</summary>
    public Task RecordProgressAsync(WriteSession write, Guid id, int rowsRead, double fraction, CancellationToken cancellationToken) =>
        write.ExecuteAsync(ProgressSql, new { Id = id, RowsRead = rowsRead, Percent = Math.Round(fraction * 100, 1), Until = LeaseUntil, Holder }, cancellationToken);

    /// <summary>Keeps this host's queued and running jobs its own between batches (and while they wait).</summary>
    public Task RenewAsync(CancellationToken cancellationToken) => ExecuteAsync(RenewSql, new { Until = LeaseUntil, Holder }, cancellationToken);

    public async Task FinishAsync(Guid id, LoadReport report, CancellationToken cancellationToken) =>
        await ExecuteAsync(FinishSql, new
        {
            Id = id,
            Status = (report.Outcome == LoadOutcome.Loaded ? LoadJobStatus.Succeeded : LoadJobStatus.Failed).ToText(),
            Format = report.Format.ToText(),
            report.RowsRead,
            report.RowsLoaded,
            report.ErrorCount,
            Errors = JsonSerializer.Serialize(report.Errors, Json),
            Now = clock.GetUtcNow(),
        }, cancellationToken);

    /// <summary>
    /// Jobs whose host stopped renewing their lease (it died, or stopped) lost their staged rows' last transaction:
    /// they wrote nothing. Any host fails them, and drops what they staged.
    /// </summary>
    public async Task FailExpiredAsync(CancellationToken cancellationToken)
    {
        var errors = JsonSerializer.Serialize(new[] { new LoadError(0, null, "The host running this load stopped before it finished; nothing was written. Send the file again.") }, Json);
        await ExecuteAsync(FailExpiredSql, new { Errors = errors, Now = DateTimeOffset.UtcNow }, cancellationToken);
        await ExecuteAsync(DropOrphanedStagingSql, new { }, cancellationToken);
    }

    /// <summary>Whether a job still needs its upload file: queued or running under a live lease.</summary>
    public async Task<bool> NeedsFileAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadLatestAsync(cancellationToken);
        var row = await read.QuerySingleOrDefaultAsync<LoadJobRow>(SelectSql, new { Id = id }, cancellationToken);
        return row is { Status: LoadJobStatus.Queued or LoadJobStatus.Running } && row.LeaseExpiresAt > DateTimeOffset.UtcNow;
    }

    public async Task<LoadJobDetails> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadLatestAsync(cancellationToken);
        var row = await read.QuerySingleOrDefaultAsync<LoadJobRow>(SelectSql, new { Id = id }, cancellationToken) ?? throw new NotFoundException("load job", id);
        return new LoadJobDetails(
            row.Id, row.EditionId, row.Status, row.FileBytes, row.ProgressPercent, row.RowsRead, row.RowsLoaded, row.ErrorCount,
            JsonSerializer.Deserialize<List<LoadError>>(row.Errors, Json) ?? [], row.CreatedAt, row.CreatedBy, row.StartedAt, row.FinishedAt);
    }

    // Job rows are operations' bookkeeping, outside any command: each change is a write session of its own.
    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var write = await sessions.BeginAsync(db, cancellationToken);
        await write.ExecuteAsync(sql, parameters, cancellationToken);
        await write.CommitAsync(cancellationToken);
    }

    private sealed class LoadJobRow
    {
        public Guid Id { get; set; }
        public Guid EditionId { get; set; }
        public LoadJobStatus Status { get; set; }
        public long FileBytes { get; set; }
        public int RowsRead { get; set; }
        public int RowsLoaded { get; set; }
        public int ErrorCount { get; set; }
        public string Errors { get; set; } = "[]";
        public DateTimeOffset CreatedAt { get; set; }
        public string CreatedBy { get; set; } = string.Empty;
        public DateTimeOffset? StartedAt { get; set; }
        public DateTimeOffset? FinishedAt { get; set; }
        public double ProgressPercent { get; set; }
        public DateTimeOffset? LeaseExpiresAt { get; set; }
    }
}
