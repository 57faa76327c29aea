using System.Data.Common;
using System.Globalization;
using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Data;
using Iom.Modules.MigrationData.Geography;
using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using nietras.SeparatedValues;

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

/// <summary>
/// Loads a CSV or SDMX-CSV file of observations into an edition: read row by row from disk (memory does not grow with
/// the file), each row checked (indicator and area codes, period, number, status, duplicate key) and inserted in one
/// transaction, committed only when every row passed. Duplicates are caught by the insert itself (it writes nothing for
/// a key already present, in this file or an earlier load), so no key set is held in memory.
/// </summary>
internal sealed class ObservationLoader(WriteSessions sessions, MigrationDataDatabase db, AreaDirectory areas, IndicatorDirectory indicators)
{
    public const int MaxReportedErrors = 100;
    public const int ProgressEvery = 10_000;

    // SQLite only (ScriptDom cannot parse ON CONFLICT): writes nothing for a key already present.
    private static readonly string SqliteInsertSql =
        "INSERT INTO migration_data.observations (indicator_key, edition_key, area, period, value, status) VALUES (@i, @e, @a, @p, @v, @s) ON CONFLICT DO NOTHING";

    private const string SqlServerInsertSql = """
        INSERT INTO migration_data.observations (indicator_key, edition_key, area, period, value, status)
        SELECT @i, @e, @a, @p, @v, @s
        WHERE NOT EXISTS (SELECT 1 FROM migration_data.observations WITH (UPDLOCK, HOLDLOCK)
                          WHERE indicator_key = @i AND edition_key = @e AND area = @a AND period = @p)
        """;

    private const string CountUpdateSql = """
        UPDATE migration_data.edition_indicators SET observation_count = observation_count + @Count WHERE edition_key = @EditionKey AND indicator_key = @IndicatorKey
        """;

    private const string CountInsertSql = """
        INSERT INTO migration_data.edition_indicators (edition_key, indicator_key, observation_count) VALUES (@EditionKey, @IndicatorKey, @Count)
        """;

    private const string EditionUpdateSql = """
        UPDATE migration_data.editions SET observation_count = observation_count + @Count, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE edition_key = @EditionKey
        """;

    /// <summary>Loads the file at <paramref name="path"/> into an edition; <paramref name="by"/> names the sender when the load runs outside their request.</summary>
    public async Task<LoadReport> LoadAsync(Guid editionId, string path, Action<int, double>? progress, string? by, CancellationToken cancellationToken)
    {
        var geography = await areas.GetAsync(cancellationToken);
        var codes = await indicators.AllAsync(cancellationToken);
        // A load is long and may run as a job after its request: it owns its write session and commits it itself.
        await using var write = await sessions.BeginAsync(db, cancellationToken, by);
        var edition = await EditionRow.GetAsync(write, editionId, cancellationToken);
        var run = new LoadRun(geography, codes, edition.EditionKey);
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            Read(write, run, file, progress, cancellationToken);
        }

        if (run.ErrorCount > 0)
        {
            return run.Report(LoadOutcome.Rejected);
        }

        foreach (var (indicatorKey, count) in run.LoadedByIndicator)
        {
            var parameters = new { EditionKey = edition.EditionKey, IndicatorKey = indicatorKey, Count = count };
            if (await write.ExecuteAsync(CountUpdateSql, parameters, cancellationToken) == 0)
            {
                await write.ExecuteAsync(CountInsertSql, parameters, cancellationToken);
            }
        }

        await write.ExecuteAsync(EditionUpdateSql, new { edition.EditionKey, Count = run.RowsLoaded, write.Now, write.By }, cancellationToken);
        var after = (await EditionRow.GetAsync(write, editionId, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Edition, editionId, "load-observations", edition.ToResponse(), after, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return run.Report(LoadOutcome.Loaded);
    }

    // Synchronous by necessity: Sep's rows are ref structs, which cannot live across an await.
    private void Read(WriteSession write, LoadRun run, FileStream file, Action<int, double>? progress, CancellationToken cancellationToken)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, Trim = SepTrim.All }).From(file);
        if (!RowLayout.TryFrom(reader.Header, out var layout, out var headerError))
        {
            run.Fail(1, null, headerError);
            return;
        }

        run.Format = layout.Format;
        using var insert = PrepareInsert(write);
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

            if (run.TryParse(row, layout, line) is { } observation)
            {
                Bind(insert, observation);
                if (insert.ExecuteNonQuery() == 0)
                {
                    run.Fail(line, null, $"Duplicate key: {observation.Indicator} {observation.Area} {observation.Period} is already in this edition (earlier in the file or in an earlier load).");
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

        progress?.Invoke(run.RowsRead, 1);
    }

    private DbCommand PrepareInsert(WriteSession write)
    {
        var command = write.Connection.CreateCommand();
        command.Transaction = write.Transaction;
        command.CommandText = db.Dialect.Provider == DatabaseProvider.SqlServer ? SqlServerInsertSql : SqliteInsertSql;
        command.CommandTimeout = db.CommandTimeoutSeconds;
        foreach (var name in new[] { "@i", "@e", "@a", "@p", "@v", "@s" })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

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
    }

    private sealed record ParsedObservation(string Indicator, int IndicatorKey, int EditionKey, string Area, string Period, double? Value, ObservationStatus? Status);

    /// <summary>Where each field is, for our CSV or for SDMX-CSV (1.0 with DATAFLOW, or 2.0 with STRUCTURE and STRUCTURE_ID).</summary>
    private sealed record RowLayout(ExportFormat Format, int Indicator, int Area, int Period, int Value, int Status, int Action, int Width)
    {
        public static bool TryFrom(SepReaderHeader header, out RowLayout layout, out string error)
        {
            var names = header.ColNames.Select(n => n.Trim()).ToList();
            int Find(params string[] candidates) => names.FindIndex(n => candidates.Any(c => string.Equals(n, c, StringComparison.OrdinalIgnoreCase)));
            var sdmx = Find("STRUCTURE", "DATAFLOW") == 0;
            layout = sdmx
                ? new RowLayout(ExportFormat.SdmxCsv, Find("INDICATOR", "SERIES"), Find("REF_AREA"), Find("TIME_PERIOD"), Find("OBS_VALUE"), Find("OBS_STATUS"), Find("ACTION"), names.Count)
                : new RowLayout(ExportFormat.Csv, Find("indicator"), Find("area"), Find("period"), Find("value"), Find("status"), -1, names.Count);
            var required = sdmx ? new[] { ("INDICATOR", layout.Indicator), ("REF_AREA", layout.Area), ("TIME_PERIOD", layout.Period), ("OBS_VALUE", layout.Value) }
                : new[] { ("indicator", layout.Indicator), ("area", layout.Area), ("period", layout.Period), ("value", layout.Value) };
            var missing = required.Where(r => r.Item2 < 0).Select(r => r.Item1).ToList();
            error = missing.Count == 0 ? string.Empty
                : $"The header lacks {string.Join(", ", missing)}. Expected {(sdmx ? "SDMX-CSV: STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE[,OBS_STATUS]" : "indicator,area,period,value[,status]")}.";
            return missing.Count == 0;
        }
    }

    private sealed class LoadRun(AreaDirectory.Snapshot geography, IReadOnlyDictionary<string, IndicatorRef> indicators, int editionKey)
    {
        private readonly List<LoadError> _errors = [];

        public ExportFormat Format { get; set; } = ExportFormat.Csv;

        public int RowsRead { get; set; }

        public int RowsLoaded { get; private set; }

        public int ErrorCount { get; private set; }

        public Dictionary<int, int> LoadedByIndicator { get; } = [];

        public void Fail(int line, string? column, string message)
        {
            ErrorCount++;
            if (_errors.Count < MaxReportedErrors)
            {
                _errors.Add(new LoadError(line, column, message));
            }
        }

        public void Loaded(int indicatorKey)
        {
            RowsLoaded++;
            LoadedByIndicator[indicatorKey] = LoadedByIndicator.GetValueOrDefault(indicatorKey) + 1;
        }

        public LoadReport Report(LoadOutcome outcome) =>
            new(outcome, Format, RowsRead, outcome == LoadOutcome.Loaded ? RowsLoaded : 0, ErrorCount, _errors);

        public ParsedObservation? TryParse(SepReader.Row row, RowLayout layout, int line)
        {
            var failures = ErrorCount;
            var sdmx = layout.Format == ExportFormat.SdmxCsv;
            if (layout.Action >= 0 && row[layout.Action].Span is var action && !(action.IsEmpty || action is "I" || action is "A"))
            {
                Fail(line, "ACTION", $"ACTION '{action}' is not supported; use I (information) or A (append).");
            }

            var indicatorCode = row[layout.Indicator].ToString();
            if (!indicators.TryGetValue(indicatorCode, out var indicator))
            {
                Fail(line, sdmx ? "INDICATOR" : "indicator", $"Unknown indicator '{indicatorCode}'.");
            }

            var areaCode = row[layout.Area].ToString();
            var area = geography.Resolve(areaCode);
            if (area is null || area.ResolvedBy == CodeScheme.Retired)
            {
                Fail(line, sdmx ? "REF_AREA" : "area", areaCode.Length == 0 ? "The area is empty." : geography.Explain(areaCode));
            }

            var period = row[layout.Period].ToString();
            if (!Periods.IsValid(period))
            {
                Fail(line, sdmx ? "TIME_PERIOD" : "period", $"'{period}' is not a period: use 2024, 2024-Q1 or 2024-03.");
            }

            var status = ParseStatus(layout.Status >= 0 ? row[layout.Status].Span : [], sdmx, line);
            var valueText = row[layout.Value].Span;
            double? value = null;
            if (valueText.IsEmpty || (sdmx && valueText is "NaN"))
            {
                if (status != ObservationStatus.Missing)
                {
                    Fail(line, sdmx ? "OBS_VALUE" : "value", "The value is empty; give a number, or mark the observation missing.");
                }
            }
            else if (double.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
                && double.IsFinite(number))
            {
                value = number;
            }
            else
            {
                Fail(line, sdmx ? "OBS_VALUE" : "value", $"'{valueText}' is not a number (use a dot for decimals and no thousands separator).");
            }

            return ErrorCount == failures ? new ParsedObservation(indicator!.Code, indicator.IndicatorKey, editionKey, area!.Area.Code, period, value, status) : null;
        }

        private ObservationStatus? ParseStatus(ReadOnlySpan<char> text, bool sdmx, int line)
        {
            if (text.IsEmpty)
            {
                return null;
            }

            if (sdmx)
            {
                switch (text)
                {
                    case "A": return null;
                    case "E": return ObservationStatus.Estimated;
                    case "P": return ObservationStatus.Provisional;
                    case "B": return ObservationStatus.BreakInSeries;
                    case "M": return ObservationStatus.Missing;
                }
            }
            else if (EnumText.TryParseName<ObservationStatus>(text.ToString(), out var parsed))
            {
                return parsed;
            }

            Fail(line, sdmx ? "OBS_STATUS" : "status", sdmx
                ? $"OBS_STATUS '{text}' is not one of A, E, P, B, M."
                : $"Status '{text}' is not one of estimated, provisional, breakInSeries, missing.");
            return null;
        }
    }
}
