using FluentValidation;

namespace Iom.SharedKernel.Text;

/// <summary>Each language of a text at most <see cref="MaxLength"/> characters.</summary>
public sealed class LocalizedTextValidator : AbstractValidator<LocalizedText>
{
    public const int MaxLength = 500;

    public LocalizedTextValidator()
    {
        RuleFor(t => t.En).MaximumLength(MaxLength);
        RuleFor(t => t.Fr).MaximumLength(MaxLength);
        RuleFor(t => t.Es).MaximumLength(MaxLength);
    }
}
