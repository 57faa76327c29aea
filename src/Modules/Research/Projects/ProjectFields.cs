using FluentValidation;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.Research.Projects;

/// <summary>The fields of a project that its proposer sets and its team corrects, validated alike on POST and PATCH.</summary>
internal interface IProjectFields
{
    LocalizedText? Title { get; }
    string? Lead { get; }
    IReadOnlyList<string>? Team { get; }
    IReadOnlyList<string>? Partners { get; }
    IReadOnlyList<string>? Funders { get; }
    DateOnly? StartDate { get; }
    DateOnly? EndDate { get; }
    string? Methods { get; }
    IReadOnlyList<string>? Outputs { get; }
    IReadOnlyList<int>? GcmObjectives { get; }
}

internal sealed class ProjectFieldsValidator : AbstractValidator<IProjectFields>
{
    public ProjectFieldsValidator()
    {
        RuleFor(c => c.Title).LocalizedText(required: true);
        RuleFor(c => c.Lead).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Team).MaximumItems(50);
        RuleForEach(c => c.Team).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Partners).MaximumItems(50);
        RuleForEach(c => c.Partners).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Funders).MaximumItems(50);
        RuleForEach(c => c.Funders).NotEmpty().MaximumLength(200);
        RuleFor(c => c.EndDate).GreaterThanOrEqualTo(c => c.StartDate).When(c => c.StartDate is not null && c.EndDate is not null)
            .WithMessage("The end date cannot be before the start date.");
        RuleFor(c => c.Methods).MaximumLength(2000);
        RuleFor(c => c.Outputs).MaximumItems(100);
        RuleForEach(c => c.Outputs).NotEmpty().MaximumLength(200);
        RuleFor(c => c.GcmObjectives).MaximumItems(GcmObjectives.Last);
        RuleForEach(c => c.GcmObjectives).InclusiveBetween(GcmObjectives.First, GcmObjectives.Last);
    }
}
