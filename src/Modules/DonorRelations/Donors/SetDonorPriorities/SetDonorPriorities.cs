using FluentValidation;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Donors;

/// <summary>A donor's declared priorities for a year (replacing earlier ones for that year).</summary>
/// <param name="Themes">Themes and appeal objectives it funds.</param>
/// <param name="Regions">Regions it funds.</param>
/// <param name="Countries">Countries it funds: ISO 3166-1 alpha-3 or alpha-2 or UN M49, kept as alpha-3.</param>
/// <param name="GcmObjectives">Objectives of the Global Compact for Migration (1 to 23).</param>
/// <param name="Modality">Its preferred modality.</param>
/// <param name="EnvelopeAmount">Its indicative envelope.</param>
/// <param name="EnvelopeCurrency">The envelope's currency.</param>
[ValidatedAs(typeof(SetDonorPrioritiesCommand))]
internal sealed record SetDonorPrioritiesRequest(
    IReadOnlyList<string>? Themes, IReadOnlyList<string>? Regions, IReadOnlyList<string>? Countries, IReadOnlyList<int>? GcmObjectives,
    Earmarking? Modality, decimal? EnvelopeAmount, string? EnvelopeCurrency);

internal sealed record SetDonorPrioritiesCommand(
    Guid DonorId, int Year, IReadOnlyList<string>? Themes, IReadOnlyList<string>? Regions, IReadOnlyList<string>? Countries, IReadOnlyList<int>? GcmObjectives,
    Earmarking? Modality, decimal? EnvelopeAmount, string? EnvelopeCurrency, int? ExpectedVersion) : ICommand<DonorDetails>;

internal sealed class SetDonorPrioritiesCommandValidator : AbstractValidator<SetDonorPrioritiesCommand>
{
    public SetDonorPrioritiesCommandValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Themes).MaximumItems(30);
        RuleForEach(c => c.Themes).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Regions).MaximumItems(30);
        RuleForEach(c => c.Regions).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Countries).MaximumItems(250);
        RuleForEach(c => c.Countries).NotEmpty().CountryCode();
        RuleFor(c => c.GcmObjectives).MaximumItems(23);
        RuleForEach(c => c.GcmObjectives).InclusiveBetween(1, 23);
        RuleFor(c => c.Modality).NotNull().IsInEnum();
        RuleFor(c => c.EnvelopeAmount!.Value).Amount().When(c => c.EnvelopeAmount is not null).OverridePropertyName("envelopeAmount");
        RuleFor(c => c.EnvelopeCurrency).NotEmpty().Currency().When(c => c.EnvelopeAmount is not null);
        RuleFor(c => c.EnvelopeCurrency).Null().When(c => c.EnvelopeAmount is null).WithMessage("A currency goes with an envelope amount.");
    }
}

internal sealed class SetDonorPrioritiesCommandHandler(WriteSession write)
    : ICommandHandler<SetDonorPrioritiesCommand, DonorDetails>
{
    private const string DeleteSql = "DELETE FROM donor_relations.donor_priorities WHERE donor_id = @DonorId AND year = @Year";
    private const string InsertSql = """
        INSERT INTO donor_relations.donor_priorities (donor_id, year, themes, regions, countries, gcm_objectives, modality, envelope_amount, envelope_currency)
        VALUES (@DonorId, @Year, @Themes, @Regions, @Countries, @GcmObjectives, @Modality, @EnvelopeAmount, @EnvelopeCurrency)
        """;

    private const string TouchSql = "UPDATE donor_relations.donors SET version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @DonorId AND version = @Version";

    public async ValueTask<DonorDetails> Handle(SetDonorPrioritiesCommand command, CancellationToken cancellationToken)
    {
        var before = await DonorRow.ReadAsync(write, command.DonorId, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.ExecuteAsync(DeleteSql, new { command.DonorId, command.Year }, cancellationToken);
        await write.ExecuteAsync(InsertSql, new
        {
            command.DonorId, command.Year, Themes = JsonColumn.Write(command.Themes), Regions = JsonColumn.Write(command.Regions),
            Countries = JsonColumn.Write(command.Countries?.Select(c => Countries.Canonical(c)!).Distinct().ToList()), GcmObjectives = JsonColumn.Write(command.GcmObjectives?.Distinct().Order().ToList()),
            Modality = command.Modality!.Value.ToText(), command.EnvelopeAmount, command.EnvelopeCurrency,
        }, cancellationToken);
        await write.UpdateVersionedAsync(TouchSql, new { command.DonorId, before.Version, write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var donor = await DonorRow.ReadAsync(write, command.DonorId, cancellationToken);
        await write.RecordAsync(AuditedEntities.Donor, command.DonorId, $"priorities-{command.Year}", before, donor, cancellationToken);
        return donor;
    }
}
