using Dapper;
using Iom.Modules.MigrationData.Catalogue;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Paging;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>An edition with what a value's provenance says about it.</summary>
internal sealed class EditionSource
{
    public int EditionKey { get; set; }
    public Guid Id { get; set; }
    public string Edition { get; set; } = string.Empty;
    public DateOnly ReleasedOn { get; set; }
    public DateOnly? RetrievedOn { get; set; }
    public Guid DatasetId { get; set; }
    public string DatasetCode { get; set; } = string.Empty;
    public string PartnerCode { get; set; } = string.Empty;
    public string? Licence { get; set; }
    public EditionStatus Status { get; set; }

    public Provenance ToProvenance() => new(DatasetCode, Edition, Id, ReleasedOn, RetrievedOn, PartnerCode, Licence, Status);
}

/// <summary>
/// Which editions a query reads: the one named (by dataset and edition, or by edition alone when one dataset of the
/// indicator has it), else the current one of the dataset named, else the current edition of every dataset that publishes
/// the indicator. The current edition is the latest release among the released ones: drafts, withdrawn and earlier editions
/// are read only when named.
/// </summary>
internal static class EditionSelector
{
    private const string SelectFrom = """
        SELECT e.edition_key, e.id, e.edition, e.released_on, e.retrieved_on, e.status, e.dataset_id, d.code AS dataset_code, p.code AS partner_code, d.licence
        FROM migration_data.editions e
        JOIN migration_data.datasets d ON d.id = e.dataset_id
        JOIN migration_data.partners p ON p.id = d.partner_id
        """;

    private static readonly QueryFilter<(int? IndicatorKey, string? Dataset, string? Edition)> Filter = new QueryFilter<(int? IndicatorKey, string? Dataset, string? Edition)>()
        .When(s => s.Dataset is not null, "d.code = @Dataset", s => new { s.Dataset })
        .When(s => s.Edition is null, "e.status = 'released'")
        .When(s => s.IndicatorKey is not null && (s.Edition is null || s.Dataset is null),
            "EXISTS (SELECT 1 FROM migration_data.edition_indicators ei WHERE ei.edition_key = e.edition_key AND ei.indicator_key = @IndicatorKey)",
            s => new { s.IndicatorKey });

    private const string DatasetExistsSql = "SELECT COUNT(*) FROM migration_data.datasets WHERE code = @Dataset";

    /// <summary>The editions a filter selects.</summary>
    public static string Sql(SqlFilter filter, SqlDialect dialect) => $"{SelectFrom} {filter.ToWhereClause()}";

    public static async Task<IReadOnlyList<EditionSource>> SelectAsync(
        IDbSession read, int? indicatorKey, string? dataset, string? edition, CancellationToken cancellationToken)
    {
        // Dataset codes are stored in capitals; an edition is found whatever its case (ADR 0023).
        dataset = dataset?.ToUpperInvariant();
        if (edition is not null && dataset is null && indicatorKey is null)
        {
            throw Invalid.Field("edition", "An edition is named within its dataset: give dataset as well.");
        }

        if (dataset is not null && await read.ExecuteScalarAsync<long>(DatasetExistsSql, new { Dataset = dataset }, cancellationToken) == 0)
        {
            throw Invalid.Field("dataset", $"No dataset has the code '{dataset}'.");
        }

        var filter = Filter.For((indicatorKey, dataset, edition));
        var all = (await read.QueryAsync<EditionSource>(Sql(filter, read.Dialect), filter.Parameters, cancellationToken)).ToList();
        if (edition is not null)
        {
            var named = all.Where(e => string.Equals(e.Edition, edition, StringComparison.OrdinalIgnoreCase)).ToList();
            return named.Count switch
            {
                1 => named,
                0 when dataset is not null => throw Invalid.Field("edition", $"Dataset '{dataset}' has no edition '{edition}'."),
                0 => throw Invalid.Field("edition", $"No dataset of this indicator has an edition '{edition}'."),
                _ => throw Invalid.Field("edition", $"Datasets {string.Join(", ", named.Select(e => e.DatasetCode))} each have an edition '{edition}': give dataset as well."),
            };
        }

        return all.GroupBy(e => e.DatasetId)
            .Select(g => g.OrderByDescending(e => e.ReleasedOn).ThenByDescending(e => e.EditionKey).First())
            .OrderBy(e => e.DatasetCode, StringComparer.Ordinal)
            .ToList();
    }
}
