using FluentValidation;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.DonorRelations.Donors;

/// <summary>The fields of a donor that its creator sets and its editors correct, validated alike on POST and PATCH.</summary>
internal interface IDonorFields
{
    string? Name { get; }
    DonorType? Type { get; }
    string? Country { get; }
    string? IatiRef { get; }
    string? FtsId { get; }
    IReadOnlyList<FocalPoint>? FocalPoints { get; }
    ReportingTemplate? ReportingTemplate { get; }
    DonorStatus? Status { get; }
}

internal sealed class FocalPointValidator : AbstractValidator<FocalPoint>
{
    public FocalPointValidator()
    {
        RuleFor(f => f.Name).NotEmpty().MaximumLength(200);
        RuleFor(f => f.Role).MaximumLength(200);
        RuleFor(f => f.Email).MaximumLength(254).EmailAddress();
    }
}

internal sealed class DonorFieldsValidator : AbstractValidator<IDonorFields>
{
    public DonorFieldsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(300);
        RuleFor(c => c.Type).NotNull().IsInEnum();
        RuleFor(c => c.Country).CountryCode();
        RuleFor(c => c.IatiRef).MaximumLength(100).Matches("^[A-Za-z0-9][A-Za-z0-9_.-]*-[A-Za-z0-9_.-]+$").WithMessage("An IATI organisation identifier: registration agency prefix and number, such as GB-GOV-1.");
        RuleFor(c => c.FtsId).MaximumLength(40);
        RuleFor(c => c.FocalPoints).MaximumItems(20);
        RuleForEach(c => c.FocalPoints).NotNull().SetValidator(new FocalPointValidator());
        RuleFor(c => c.ReportingTemplate).IsInEnum();
        RuleFor(c => c.Status).IsInEnum();
    }
}
