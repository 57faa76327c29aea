using FluentValidation;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.GoverningBodies.Registrations;

/// <summary>The fields a registrant or the Secretariat sets, validated alike on POST and PATCH.</summary>
internal interface IRegistrationFields
{
    Guid? DelegationId { get; }
    RegistrationRole? Role { get; }
    bool? HeadOfDelegation { get; }
    string? Honorific { get; }
    string? GivenName { get; }
    string? FamilyName { get; }
    string? JobTitle { get; }
    string? Organization { get; }
    PersonalDetails? PersonalDetails { get; }
    SupportingDocument? SupportingDocument { get; }
}

internal sealed class RegistrationFieldsValidator : AbstractValidator<IRegistrationFields>
{
    public RegistrationFieldsValidator(TimeProvider clock)
    {
        // What a role needs is said of the role, which the caller chose: a delegation, or an outlet or unit.
        RuleFor(r => r.Role).NotNull().IsInEnum();
        RuleFor(r => r.Role).Must((r, _) => r.DelegationId is not null)
            .WithMessage("Representatives, alternates, advisers and observers register in a delegation: give delegationId.")
            .When(r => r.Role is { } role && RegistrationRules.InDelegation(role));
        RuleFor(r => r.DelegationId).Null().WithMessage("Press and Secretariat register outside delegations.").When(r => r.Role is RegistrationRole.Press or RegistrationRole.Secretariat);
        RuleFor(r => r.HeadOfDelegation).Must(h => h != true).WithMessage("Only a representative or an observer heads a delegation.")
            .When(r => r.Role is not (RegistrationRole.Representative or RegistrationRole.Observer));
        RuleFor(r => r.Honorific).MaximumLength(40).Reference();
        RuleFor(r => r.GivenName).NotEmpty().MaximumLength(200).Reference();
        RuleFor(r => r.FamilyName).NotEmpty().MaximumLength(200).Reference();
        RuleFor(r => r.JobTitle).MaximumLength(300).Reference();
        RuleFor(r => r.Organization).MaximumLength(300).Reference();
        RuleFor(r => r.PersonalDetails!.Email).MaximumLength(320).EmailAddress().When(r => r.PersonalDetails is not null);
        RuleFor(r => r.PersonalDetails!.Phone).MaximumLength(40).Matches(@"^\+[0-9][0-9 ]{5,38}$").WithMessage("International form: + then digits and spaces.")
            .When(r => r.PersonalDetails is not null);
        RuleFor(r => r.PersonalDetails!.Nationality).CountryCode().When(r => r.PersonalDetails is not null);
        RuleFor(r => r.PersonalDetails!.DateOfBirth).NotInFuture(clock).When(r => r.PersonalDetails is not null);
        RuleFor(r => r.PersonalDetails!.IdentityDocument).MaximumLength(60).Reference().When(r => r.PersonalDetails is not null);
        RuleFor(r => r.SupportingDocument).NotNull().SetValidator(new SupportingDocumentValidator()!);
        RuleFor(r => r.SupportingDocument!.Kind).Must(k => k == SupportingDocumentKind.MediaAccreditation).WithMessage("The press registers with its media accreditation.")
            .When(r => r.Role == RegistrationRole.Press && r.SupportingDocument is not null);
        RuleFor(r => r.SupportingDocument!.Kind).Must(k => k == SupportingDocumentKind.StaffAssignment).WithMessage("The Secretariat registers with its staff assignment.")
            .When(r => r.Role == RegistrationRole.Secretariat && r.SupportingDocument is not null);
    }
}

internal sealed class SupportingDocumentValidator : AbstractValidator<SupportingDocument>
{
    public SupportingDocumentValidator()
    {
        RuleFor(d => d.Kind).NotNull().IsInEnum();
        RuleFor(d => d.Reference).NotEmpty().MaximumLength(200).Reference();
    }
}
