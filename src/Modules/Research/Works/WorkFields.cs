using FluentValidation;
using Iom.Modules.Research.Identifiers;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.Research.Works;

/// <summary>
/// The fields of a work that its proposer sets and its editors correct until it is scheduled, validated alike on POST and
/// PATCH. Its code, type, series, language and peer-review model identify or route it and do not change.
/// </summary>
internal interface IWorkFields
{
    LocalizedText? Title { get; }
    LocalizedText? Subtitle { get; }
    IReadOnlyList<Contributor>? Contributors { get; }
    string? Licence { get; }
    IReadOnlyList<WorkAbstract>? Abstracts { get; }
    Guid? ProjectId { get; }
    IReadOnlyList<string>? Themes { get; }
    IReadOnlyList<string>? Countries { get; }
    IReadOnlyList<int>? GcmObjectives { get; }
    int? ProgrammeYear { get; }
    int? PlannedQuarter { get; }
}

internal sealed class ContributorValidator : AbstractValidator<Contributor>
{
    public ContributorValidator()
    {
        RuleFor(c => c.FamilyName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.GivenName).MaximumLength(200);
        RuleFor(c => c.Role).NotNull().IsInEnum();
        RuleFor(c => c.Orcid).MaximumLength(40).Orcid();
        RuleFor(c => c.Affiliation).MaximumLength(300);
    }
}

internal sealed class WorkAbstractValidator : AbstractValidator<WorkAbstract>
{
    public const int MaxLength = 5000;

    public WorkAbstractValidator()
    {
        RuleFor(a => a.Language).NotEmpty().LanguageCode();
        RuleFor(a => a.Text).NotEmpty().MaximumLength(MaxLength);
    }
}

internal sealed class WorkFieldsValidator : AbstractValidator<IWorkFields>
{
    public WorkFieldsValidator()
    {
        RuleFor(c => c.Title).LocalizedText(required: true);
        RuleFor(c => c.Subtitle).LocalizedText(required: false);
        RuleFor(c => c.Contributors).MaximumItems(100);
        RuleForEach(c => c.Contributors).NotNull().SetValidator(new ContributorValidator());
        RuleFor(c => c.Licence).MaximumLength(100);
        RuleFor(c => c.Abstracts).MaximumItems(10);
        RuleForEach(c => c.Abstracts).NotNull().SetValidator(new WorkAbstractValidator());
        RuleFor(c => c.Abstracts).Must(a => a is null || a.Select(x => Languages.Normalize(x?.Language)).Distinct().Count() == a.Count).WithMessage("One abstract per language.");
        RuleFor(c => c.Themes).MaximumItems(30);
        RuleForEach(c => c.Themes).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Countries).MaximumItems(250);
        RuleForEach(c => c.Countries).NotEmpty().CountryCode();
        RuleFor(c => c.GcmObjectives).MaximumItems(GcmObjectives.Last);
        RuleForEach(c => c.GcmObjectives).InclusiveBetween(GcmObjectives.First, GcmObjectives.Last);
        RuleFor(c => c.ProgrammeYear).InclusiveBetween(2000, 2100);
        RuleFor(c => c.PlannedQuarter).InclusiveBetween(1, 4);
        RuleFor(c => c.PlannedQuarter).Null().When(c => c.ProgrammeYear is null).WithMessage("A planned quarter needs a programme year.");
    }
}
