namespace Iom.Modules.MigrationData.Loading;

internal enum LoadJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>A bulk load running in the background.</summary>
/// <param name="Id">The job.</param>
/// <param name="EditionId">The edition being loaded.</param>
/// <param name="Status">queued → running → succeeded (every row written) or failed (nothing written).</param>
/// <param name="FileBytes">Size of the uploaded file.</param>
/// <param name="ProgressPercent">Share of the file read so far.</param>
/// <param name="RowsRead">Data rows read so far.</param>
/// <param name="RowsLoaded">Rows written (once succeeded).</param>
/// <param name="ErrorCount">Rows that failed validation.</param>
/// <param name="Errors">The first errors, with their line numbers.</param>
/// <param name="CreatedAt">When the file was received.</param>
/// <param name="CreatedBy">Who sent it.</param>
/// <param name="StartedAt">When loading started.</param>
/// <param name="FinishedAt">When it finished.</param>
internal sealed record LoadJobDetails(
    Guid Id, Guid EditionId, LoadJobStatus Status, long FileBytes, double ProgressPercent, int RowsRead, int RowsLoaded, int ErrorCount,
    IReadOnlyList<LoadError> Errors, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);
