using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>Runs queued loads one at a time (each holds the module's write lock for its whole transaction).</summary>
internal sealed partial class LoadJobRunner(LoadJobs jobs, ObservationLoader loader, IOptions<MigrationDataOptions> options, ILogger<LoadJobRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await jobs.InterruptLeftoversAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogInterruptFailed(logger, e);
        }

        await foreach (var id in jobs.Queue.Reader.ReadAllAsync(stoppingToken))
        {
            var path = options.Value.UploadPath(id);
            try
            {
                await jobs.StartAsync(id, stoppingToken);
                var job = await jobs.GetAsync(id, stoppingToken);
                var report = await Task.Run(() => loader.LoadAsync(job.EditionId, path, (rows, fraction) => jobs.Report(id, rows, fraction), job.CreatedBy, stoppingToken), stoppingToken);
                await jobs.FinishAsync(id, report, CancellationToken.None);
                LogFinished(logger, id, report.Outcome.ToText(), report.RowsRead, report.ErrorCount);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, id, e);
                await jobs.FinishAsync(id, new LoadReport(LoadOutcome.Rejected, ExportFormat.Csv, 0, 0, 1, [new LoadError(0, null, "The load failed unexpectedly; nothing was written. Try again.")]), CancellationToken.None);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Load job {Id} finished: {Outcome}, {Rows} rows read, {Errors} errors")]
    private static partial void LogFinished(ILogger logger, Guid id, string outcome, int rows, int errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Load job {Id} failed")]
    private static partial void LogFailed(ILogger logger, Guid id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark interrupted load jobs")]
    private static partial void LogInterruptFailed(ILogger logger, Exception exception);
}
