using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Dapper;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>Load jobs: their rows, their progress while they run (in memory: the load's transaction holds the write lock), and the queue.</summary>
internal sealed class LoadJobs(WriteSessions sessions, MigrationDataDatabase db, TimeProvider clock)
{
    private const string InsertSql = """
        INSERT INTO migration_data.load_jobs (id, edition_id, format, status, file_bytes, rows_read, rows_loaded, error_count, errors, created_at, created_by, started_at, finished_at)
        VALUES (@Id, @EditionId, @Format, @Status, @FileBytes, 0, 0, 0, '[]', @Now, @By, NULL, NULL)
        """;

    private const string StartSql = "UPDATE migration_data.load_jobs SET status = @Status, started_at = @Now WHERE id = @Id";

    private const string FinishSql = """
        UPDATE migration_data.load_jobs SET status = @Status, format = @Format, rows_read = @RowsRead, rows_loaded = @RowsLoaded, error_count = @ErrorCount,
            errors = @Errors, finished_at = @Now
        WHERE id = @Id
        """;

    private const string SelectSql = """
        SELECT id, edition_id, format, status, file_bytes, rows_read, rows_loaded, error_count, errors, created_at, created_by, started_at, finished_at
        FROM migration_data.load_jobs WHERE id = @Id
        """;

    private const string InterruptSql = """
        UPDATE migration_data.load_jobs SET status = 'failed', errors = @Errors, finished_at = @Now WHERE status IN ('queued', 'running')
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<Guid, (int Rows, double Fraction)> _progress = new();

    public Channel<Guid> Queue { get; } = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public async Task<LoadJobDetails> EnqueueAsync(Guid editionId, long fileBytes, Guid jobId, string by, CancellationToken cancellationToken)
    {
        await ExecuteAsync(InsertSql, new { Id = jobId, EditionId = editionId, Format = "csv", Status = LoadJobStatus.Queued.ToText(), FileBytes = fileBytes, Now = clock.GetUtcNow(), By = by }, cancellationToken);

        await Queue.Writer.WriteAsync(jobId, cancellationToken);
        return await GetAsync(jobId, cancellationToken);
    }

    public async Task StartAsync(Guid id, CancellationToken cancellationToken)
    {
        _progress[id] = (0, 0);
        await ExecuteAsync(StartSql, new { Id = id, Status = LoadJobStatus.Running.ToText(), Now = clock.GetUtcNow() }, cancellationToken);
    }

    public void Report(Guid id, int rows, double fraction) => _progress[id] = (rows, fraction);

    public async Task FinishAsync(Guid id, LoadReport report, CancellationToken cancellationToken)
    {
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
        _progress.TryRemove(id, out _);
    }

    /// <summary>Jobs a stopped process left queued or running have lost their transaction: they wrote nothing.</summary>
    public Task InterruptLeftoversAsync(CancellationToken cancellationToken) =>
        ExecuteAsync(InterruptSql, new { Errors = JsonSerializer.Serialize(new[] { new LoadError(0, null, "The service stopped before this load finished; nothing was written. Send the file again.") }, Json), Now = clock.GetUtcNow() }, cancellationToken);

    public async Task<LoadJobDetails> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var row = await read.QuerySingleOrDefaultAsync<LoadJobRow>(SelectSql, new { Id = id }, cancellationToken) ?? throw new NotFoundException("load job", id);
        var finished = row.Status is LoadJobStatus.Succeeded or LoadJobStatus.Failed;
        var (rows, fraction) = _progress.TryGetValue(id, out var live) ? live : (row.RowsRead, finished ? 1 : 0);
        return new LoadJobDetails(
            row.Id, row.EditionId, row.Status, row.FileBytes, Math.Round(fraction * 100, 1), rows, row.RowsLoaded, row.ErrorCount,
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
    }
}
