using FluentValidation;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>The fields a session's creator and editors set, validated alike on POST and PATCH.</summary>
internal interface ISessionFields
{
    LocalizedText? Title { get; }
    LocalizedText? Theme { get; }
    DateOnly? StartDate { get; }
    DateOnly? EndDate { get; }
    string? Venue { get; }
    SessionFormat? Format { get; }
}

internal sealed class SessionFieldsValidator : AbstractValidator<ISessionFields>
{
    public const int MaxDays = 31;

    // IOM's governing bodies first met in 1951; the upper bound keeps every computed day (the notice deadline) in range.
    private static readonly DateOnly First = new(1951, 1, 1);
    private static readonly DateOnly Last = new(2199, 12, 31);

    public SessionFieldsValidator()
    {
        RuleFor(s => s.Title).LocalizedText(required: true);
        RuleFor(s => s.Theme).LocalizedText(required: false);
        RuleFor(s => s.StartDate).NotNull();
        RuleFor(s => s.EndDate).NotNull();
        RuleFor(s => s.StartDate!.Value).InclusiveBetween(First, Last).OverridePropertyName("startDate")
            .WithMessage("A session's days fall between 1951 and 2199.").When(s => s.StartDate is not null);
        RuleFor(s => s.EndDate!.Value).InclusiveBetween(First, Last).OverridePropertyName("endDate")
            .WithMessage("A session's days fall between 1951 and 2199.").When(s => s.EndDate is not null);
        RuleFor(s => s.EndDate)
            .GreaterThanOrEqualTo(s => s.StartDate).WithMessage("endDate cannot be before startDate.")
            .Must((s, end) => end!.Value.DayNumber - s.StartDate!.Value.DayNumber < MaxDays).WithMessage($"A session lasts at most {MaxDays} days.")
            .When(s => s.StartDate is not null && s.EndDate is not null);
        RuleFor(s => s.Venue).NotEmpty().MaximumLength(200);
        RuleFor(s => s.Format).NotNull().IsInEnum();
    }
}
