using FluentValidation;
using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>The fields of an indicator that its creator sets and analysts correct, validated alike on POST and PATCH.</summary>
internal interface IIndicatorFields
{
    LocalizedText? Name { get; }
    string? Unit { get; }
    string? Topic { get; }
    LocalizedText? Definition { get; }
    string? SdgIndicator { get; }
    int? GcmObjective { get; }
    IReadOnlyList<ObservationDimension>? Dimensions { get; }
}

internal sealed class IndicatorFieldsValidator : AbstractValidator<IIndicatorFields>
{
    public IndicatorFieldsValidator()
    {
        RuleFor(c => c.Name).LocalizedText(required: true);
        RuleFor(c => c.Unit).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Topic).MaximumLength(100);
        RuleFor(c => c.Definition).LocalizedText(required: false);
        RuleFor(c => c.SdgIndicator).MaximumLength(20).Matches(@"^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$").WithMessage("An SDG indicator number such as 10.7.2.");
        RuleFor(c => c.GcmObjective).InclusiveBetween(1, 23);
        RuleFor(c => c.Dimensions).Must(d => d is null || d.Distinct().Count() == d.Count).WithMessage("Name each dimension once.");
    }
}
