using FluentValidation;
using Iom.Modules.Research.Identifiers;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.Research.Series;

/// <summary>The fields of a series that its creator sets and its editors correct, validated alike on POST and PATCH.</summary>
internal interface ISeriesFields
{
    LocalizedText? Name { get; }
    string? Issn { get; }
    string? SeriesEditor { get; }
}

internal sealed class SeriesFieldsValidator : AbstractValidator<ISeriesFields>
{
    public SeriesFieldsValidator()
    {
        RuleFor(c => c.Name).LocalizedText(required: true);
        RuleFor(c => c.Issn).MaximumLength(9).Issn();
        RuleFor(c => c.SeriesEditor).MaximumLength(200);
    }
}
