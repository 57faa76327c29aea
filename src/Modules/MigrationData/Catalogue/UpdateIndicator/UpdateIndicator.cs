using System.Text.Json;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>
/// The fields of an indicator a JSON Merge Patch may correct; its code identifies it in every load and export. The unit
/// changes only while no observation is stored: values already loaded were measured in the unit they were loaded with.
/// A dimension may be added at any time, and removed while no value is broken down by it.
/// </summary>
/// <param name="Name">Name per language.</param>
/// <param name="Unit">Unit of its values.</param>
/// <param name="Topic">Topic; null removes it.</param>
/// <param name="Definition">Definition per language; null removes it.</param>
/// <param name="SdgIndicator">The SDG indicator it measures; null removes it.</param>
/// <param name="GcmObjective">The GCM objective (1 to 23) it informs; null removes it.</param>
/// <param name="Dimensions">What its values are broken down by (sex, age, origin); the whole list.</param>
[ValidatedAs(typeof(IIndicatorFields), MergePatch = true)]
internal sealed record IndicatorPatch(LocalizedText? Name, string? Unit, string? Topic, LocalizedText? Definition, string? SdgIndicator, int? GcmObjective,
    IReadOnlyList<Observations.ObservationDimension>? Dimensions) : IIndicatorFields;

internal sealed record UpdateIndicatorCommand(string Code, JsonElement Patch, int? ExpectedVersion) : ICommand<IndicatorDetails>;

internal sealed class UpdateIndicatorCommandHandler(WriteSession write, IndicatorDirectory indicators, IValidator<IIndicatorFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateIndicatorCommand, IndicatorDetails>
{
    private const string ObservationsSql = "SELECT COUNT(*) FROM migration_data.observations WHERE indicator_key = @IndicatorKey";

    private const string UpdateSql = """
        UPDATE migration_data.indicators
        SET name_en = @NameEn, name_fr = @NameFr, name_es = @NameEs, unit = @Unit, topic = @Topic,
            definition_en = @DefinitionEn, definition_fr = @DefinitionFr, definition_es = @DefinitionEs, sdg_indicator = @SdgIndicator, gcm_objective = @GcmObjective, dimensions = @Dimensions,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE indicator_key = @IndicatorKey AND version = @Version
        """;

    public async ValueTask<IndicatorDetails> Handle(UpdateIndicatorCommand command, CancellationToken cancellationToken)
    {
        var code = (await indicators.FindAsync(command.Code, cancellationToken))?.Code ?? throw new NotFoundException("indicator", command.Code);
        var row = await ReadAsync(code, cancellationToken);
        var before = row.ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var patched = JsonMergePatch.Apply(
            new IndicatorPatch(before.Name, before.Unit, before.Topic, before.Definition, before.SdgIndicator, before.GcmObjective, before.Dimensions), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        if (patched.Unit != before.Unit && await write.ExecuteScalarAsync<long>(ObservationsSql, new { row.IndicatorKey }, cancellationToken) > 0)
        {
            throw new ConflictException(
                "Unit is fixed by the data", $"{before.Code} has observations loaded in '{before.Unit}'; add an indicator for values in '{patched.Unit}'.", "unit-in-use");
        }

        foreach (var removed in before.Dimensions.Except(patched.Dimensions ?? []))
        {
            if (await write.ExecuteScalarAsync<long>(BrokenDownSql(removed), new { row.IndicatorKey, Total = Observations.Dimensions.Total }, cancellationToken) > 0)
            {
                throw new ConflictException("Dimension in use", $"Values of {before.Code} are broken down by {removed.ToText()}, so it stays: a dimension with values cannot be removed.", "dimension-in-use");
            }
        }

        await write.UpdateVersionedAsync(UpdateSql, new
        {
            row.IndicatorKey, before.Version, NameEn = patched.Name!.En, NameFr = patched.Name.Fr, NameEs = patched.Name.Es, patched.Unit, patched.Topic,
            DefinitionEn = patched.Definition?.En, DefinitionFr = patched.Definition?.Fr, DefinitionEs = patched.Definition?.Es, patched.SdgIndicator, patched.GcmObjective,
            Dimensions = Observations.Dimensions.ToColumn(patched.Dimensions ?? []), write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = (await ReadAsync(code, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Indicator, IndicatorDirectory.AuditId(row.IndicatorKey), "update", before, after, cancellationToken);
        indicators.Invalidate();
        return after;
    }

    private const string BrokenDownBySexSql = "SELECT COUNT(*) FROM migration_data.observations WHERE indicator_key = @IndicatorKey AND sex <> @Total";
    private const string BrokenDownByAgeSql = "SELECT COUNT(*) FROM migration_data.observations WHERE indicator_key = @IndicatorKey AND age <> @Total";
    private const string BrokenDownByOriginSql = "SELECT COUNT(*) FROM migration_data.observations WHERE indicator_key = @IndicatorKey AND origin <> @Total";

    /// <summary>Counts the indicator's values not at the total of <paramref name="dimension"/>.</summary>
    private static string BrokenDownSql(Observations.ObservationDimension dimension) => dimension switch
    {
        Observations.ObservationDimension.Sex => BrokenDownBySexSql,
        Observations.ObservationDimension.Age => BrokenDownByAgeSql,
        _ => BrokenDownByOriginSql,
    };

    private async Task<IndicatorRow> ReadAsync(string code, CancellationToken cancellationToken) =>
        await write.QuerySingleOrDefaultAsync<IndicatorRow>(IndicatorRow.ByCode, new { Code = code }, cancellationToken)
        ?? throw new NotFoundException("indicator", code);
}
