using FluentValidation;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>The fields of a dataset that its creator sets and its editors correct, validated alike on POST and PATCH.</summary>
internal interface IDatasetFields
{
    LocalizedText? Title { get; }
    string? Licence { get; }
    string? Coverage { get; }
    string? Methodology { get; }
}

internal sealed class DatasetFieldsValidator : AbstractValidator<IDatasetFields>
{
    public DatasetFieldsValidator()
    {
        RuleFor(c => c.Title).LocalizedText(required: true);
        RuleFor(c => c.Licence).MaximumLength(200);
        RuleFor(c => c.Coverage).MaximumLength(1000);
        RuleFor(c => c.Methodology).MaximumLength(4000);
    }
}
