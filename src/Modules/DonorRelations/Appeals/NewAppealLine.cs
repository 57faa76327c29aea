using FluentValidation;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.DonorRelations.Appeals;

/// <summary>A requirement line of a new appeal.</summary>
/// <param name="Code">The line's code, unique in the appeal.</param>
/// <param name="Objective">The objective it serves (SO1).</param>
/// <param name="Region">The region it covers.</param>
/// <param name="Country">The country it covers: ISO 3166-1 alpha-3 or alpha-2 or UN M49, kept as alpha-3.</param>
/// <param name="Amount">Its requirement.</param>
/// <param name="Sector">Its OECD DAC 5-digit sector (CRS purpose code: 15190 migration, 72010 humanitarian material relief); IATI exports take 15190 when absent.</param>
internal sealed record NewAppealLine(string? Code, string? Objective, string? Region, string? Country, decimal Amount, string? Sector = null);

internal sealed class NewAppealLineValidator : AbstractValidator<NewAppealLine>
{
    public NewAppealLineValidator()
    {
        RuleFor(l => l.Code).NotEmpty().MaximumLength(40).Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").WithMessage("Use letters, digits, '.', '_' and '-'.");
        RuleFor(l => l.Objective).NotEmpty().MaximumLength(40);
        RuleFor(l => l.Region).MaximumLength(40);
        RuleFor(l => l.Country).CountryCode();
        RuleFor(l => l.Amount).Amount();
        RuleFor(l => l.Sector).Matches("^[1-9][0-9]{4}$").WithMessage("An OECD DAC 5-digit sector code (CRS purpose code), such as 15190.");
    }
}
