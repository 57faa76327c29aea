using FluentValidation;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>The fields of a partner that its creator sets and its editors correct, validated alike on POST and PATCH.</summary>
internal interface IPartnerFields
{
    string? Name { get; }
    PartnerKind? Kind { get; }
    string? Website { get; }
}

internal sealed class PartnerFieldsValidator : AbstractValidator<IPartnerFields>
{
    public PartnerFieldsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Website).MaximumLength(300).Must(w => w is null || (Uri.TryCreate(w, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps))
            .WithMessage("Give an absolute https URL.");
    }
}
