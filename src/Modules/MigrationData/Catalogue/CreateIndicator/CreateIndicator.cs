using Dapper;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Add an indicator.</summary>
/// <param name="Code">Its code, unique: letters, digits, '.', '_' and '-' (SM.POP.TOTL).</param>
/// <param name="Name">Name per language.</param>
/// <param name="Unit">Unit of its values.</param>
/// <param name="Topic">Topic.</param>
/// <param name="Definition">Definition per language.</param>
/// <param name="SdgIndicator">The SDG indicator it measures (10.7.2).</param>
/// <param name="GcmObjective">The Global Compact for Migration objective (1 to 23) it informs.</param>
/// <param name="Dimensions">What its values are broken down by beyond area and period: sex, age, origin (default: none, totals only).</param>
internal sealed record CreateIndicatorCommand(string? Code, LocalizedText? Name, string? Unit, string? Topic, LocalizedText? Definition, string? SdgIndicator, int? GcmObjective,
    IReadOnlyList<Observations.ObservationDimension>? Dimensions)
    : ICommand<IndicatorDetails>, IIndicatorFields;

internal sealed class CreateIndicatorCommandValidator : AbstractValidator<CreateIndicatorCommand>
{
    public CreateIndicatorCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(60).Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").WithMessage("Use letters, digits, '.', '_' and '-'.");
        Include(new IndicatorFieldsValidator());
    }
}

internal sealed class CreateIndicatorCommandHandler(WriteSession write, IndicatorDirectory directory)
    : ICommandHandler<CreateIndicatorCommand, IndicatorDetails>
{
    private const string InsertSql = """
        INSERT INTO migration_data.indicators (code, name_en, name_fr, name_es, unit, topic, definition_en, definition_fr, definition_es, sdg_indicator, gcm_objective, dimensions,
            version, created_at, created_by, updated_at, updated_by)
        VALUES (@Code, @NameEn, @NameFr, @NameEs, @Unit, @Topic, @DefinitionEn, @DefinitionFr, @DefinitionEs, @SdgIndicator, @GcmObjective, @Dimensions, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<IndicatorDetails> Handle(CreateIndicatorCommand command, CancellationToken cancellationToken)
    {
        // Codes are unique whatever their case (ADR 0023); the unique index holds it against a concurrent create.
        if (await directory.FindAsync(command.Code!, cancellationToken) is { } taken)
        {
            throw new DuplicateException("indicator", "code", taken.Code);
        }

        await write.ExecuteAsync(InsertSql, new
        {
            command.Code, NameEn = command.Name!.En, NameFr = command.Name.Fr, NameEs = command.Name.Es, command.Unit, command.Topic,
            DefinitionEn = command.Definition?.En, DefinitionFr = command.Definition?.Fr, DefinitionEs = command.Definition?.Es,
            command.SdgIndicator, command.GcmObjective, Dimensions = Observations.Dimensions.ToColumn(command.Dimensions ?? []), write.Now, write.By,
        }, cancellationToken);
        var row = await write.QuerySingleOrDefaultAsync<IndicatorRow>(IndicatorRow.ByCode, new { command.Code }, cancellationToken);
        var indicator = row!.ToResponse();
        await write.RecordAsync(AuditedEntities.Indicator, IndicatorDirectory.AuditId(row.IndicatorKey), "create", null, indicator, cancellationToken);
        directory.Invalidate();
        return indicator;
    }
}
