using Iom.Modules.MigrationData.Observations;

namespace Iom.Modules.MigrationData.Loading;

internal enum LoadOutcome
{
    Loaded,
    Rejected,
}

/// <summary>A row that failed validation.</summary>
/// <param name="Line">Its line in the file (the header is line 1).</param>
/// <param name="Column">The column at fault, when one is.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record LoadError(int Line, string? Column, string Message);

/// <summary>What a load did: all rows written, or none.</summary>
/// <param name="Outcome">loaded (every row written) or rejected (nothing written).</param>
/// <param name="Format">csv or sdmxCsv, as read from the header.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsLoaded">Rows written: all of them, or 0 when rejected.</param>
/// <param name="ErrorCount">Rows that failed validation.</param>
/// <param name="Errors">The first errors (at most 100), with their line numbers.</param>
internal sealed record LoadReport(LoadOutcome Outcome, ExportFormat Format, int RowsRead, int RowsLoaded, int ErrorCount, IReadOnlyList<LoadError> Errors);
