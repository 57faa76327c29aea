using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>A statistical indicator.</summary>
/// <param name="Code">Its code, unique (SM.POP.TOTL).</param>
/// <param name="Name">Name per language.</param>
/// <param name="Unit">Unit of its values (persons, percent, USD).</param>
/// <param name="Topic">Topic (migrant stocks, remittances, displacement).</param>
/// <param name="Definition">Definition per language.</param>
/// <param name="SdgIndicator">The SDG indicator it measures (10.7.2), if any.</param>
/// <param name="GcmObjective">The Global Compact for Migration objective (1 to 23) it informs, if any.</param>
/// <param name="Dimensions">What its values are broken down by beyond area and period (sex, age, origin); empty when by none.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record IndicatorDetails(
    string Code, LocalizedText Name, string Unit, string? Topic, LocalizedText? Definition, string? SdgIndicator, int? GcmObjective,
    IReadOnlyList<ObservationDimension> Dimensions, int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

internal sealed class IndicatorRow
{
    public const string SelectFrom = """
        SELECT indicator_key, code, name_en, name_fr, name_es, unit, topic, definition_en, definition_fr, definition_es, sdg_indicator, gcm_objective, dimensions,
               version, created_at, created_by, updated_at, updated_by
        FROM migration_data.indicators
        """;

    public const string ByCode = SelectFrom + " WHERE code = @Code";

    public int IndicatorKey { get; set; }
    public string Code { get; set; } = string.Empty;
    public string? NameEn { get; set; }
    public string? NameFr { get; set; }
    public string? NameEs { get; set; }
    public string Unit { get; set; } = string.Empty;
    public string? Topic { get; set; }
    public string? DefinitionEn { get; set; }
    public string? DefinitionFr { get; set; }
    public string? DefinitionEs { get; set; }
    public string? SdgIndicator { get; set; }
    public int? GcmObjective { get; set; }
    public string Dimensions { get; set; } = string.Empty;
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public IndicatorDetails ToResponse() => new(
        Code, new LocalizedText(NameEn, NameFr, NameEs), Unit, Topic, LocalizedText.From(DefinitionEn, DefinitionFr, DefinitionEs), SdgIndicator, GcmObjective,
        Observations.Dimensions.FromColumn(Dimensions), Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
