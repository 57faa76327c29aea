using Iom.Modules.MigrationData.Catalogue;
using Iom.SharedKernel.Data;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>What every load writes once its rows are in, whichever loader moved them: the edition's counts and the audit entry.</summary>
internal static class LoadRecord
{
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

    /// <summary>The edition's counts after a load's rows are in, and the audit entry of the load.</summary>
    public static async Task WriteAsync(WriteSession write, LoadRun run, Guid editionId, EditionRow edition, CancellationToken cancellationToken)
    {
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
    }
}
