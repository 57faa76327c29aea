using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>
/// Runs this host's queued loads one at a time, staged in short transactions (<see cref="StagedLoader"/>). Beside it,
/// every few seconds: renews the leases of this host's jobs, and fails any host's jobs whose lease expired. At start:
/// removes upload files that no live job needs (left by a crash, or by a job that finished).
/// </summary>
internal sealed partial class LoadJobRunner(LoadJobs jobs, StagedLoader loader, IOptions<MigrationDataOptions> options, ILogger<LoadJobRunner> logger) : BackgroundService
{
    private static readonly TimeSpan LeaseCheck = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await CheckLeasesAsync(stoppingToken);
        await RemoveStaleUploadsAsync(stoppingToken);
        var leases = KeepLeasesAsync(stoppingToken);
        await foreach (var id in jobs.Queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(id, stoppingToken);
        }

        await leases;
    }

    private async Task RunAsync(Guid id, CancellationToken stoppingToken)
    {
        var path = options.Value.UploadPath(id);
        try
        {
            await jobs.StartAsync(id, stoppingToken);
            var job = await jobs.GetAsync(id, stoppingToken);
            var report = await Task.Run(() => loader.LoadAsync(id, job.EditionId, path, job.CreatedBy, stoppingToken), stoppingToken);
            await jobs.FinishAsync(id, report, CancellationToken.None);
            LogFinished(logger, id, report.Outcome.ToText(), report.RowsRead, report.ErrorCount);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the lease runs out and another host fails the job, and drops what it staged.
        }
        catch (Exception e)
        {
            LogFailed(logger, id, e);
            await jobs.FinishAsync(id, new LoadReport(LoadOutcome.Rejected, ExportFormat.Csv, 0, 0, 1, [new LoadError(0, null, "The load failed unexpectedly; nothing was written. Try again.")]), CancellationToken.None);
            await jobs.FailExpiredAsync(CancellationToken.None);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task KeepLeasesAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(LeaseCheck);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckLeasesAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CheckLeasesAsync(CancellationToken stoppingToken)
    {
        try
        {
            await jobs.RenewAsync(stoppingToken);
            await jobs.FailExpiredAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogLeaseCheckFailed(logger, e);
        }
    }

    private async Task RemoveStaleUploadsAsync(CancellationToken stoppingToken)
    {
        var folder = Path.GetDirectoryName(options.Value.UploadPath(Guid.Empty))!;
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.upload"))
        {
            try
            {
                if (!Guid.TryParse(Path.GetFileNameWithoutExtension(file), out var id) || !await jobs.NeedsFileAsync(id, stoppingToken))
                {
                    File.Delete(file);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLeaseCheckFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Load job {Id} finished: {Outcome}, {Rows} rows read, {Errors} errors")]
    private static partial void LogFinished(ILogger logger, Guid id, string outcome, int rows, int errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Load job {Id} failed")]
    private static partial void LogFailed(ILogger logger, Guid id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check load jobs' leases or uploads")]
    private static partial void LogLeaseCheckFailed(ILogger logger, Exception exception);
}
