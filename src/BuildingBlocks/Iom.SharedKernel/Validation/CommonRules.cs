using FluentValidation;
using Iom.SharedKernel.Text;

namespace Iom.SharedKernel.Validation;

public static class CommonRules
{
    public const int TitleMaxLength = 500;

    /// <summary>Localized text with at least one language and each at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, LocalizedText?> LocalizedText<T>(this IRuleBuilder<T, LocalizedText?> rule, bool required, int maxLength = TitleMaxLength) =>
        rule.Must(t => t is null ? !required : (t.HasAny || !required))
            .WithMessage("Give the text in at least one of en, fr, es.")
            .Must(t => t is null || ((t.En?.Length ?? 0) <= maxLength && (t.Fr?.Length ?? 0) <= maxLength && (t.Es?.Length ?? 0) <= maxLength))
            .WithMessage($"Each language may have at most {maxLength} characters.");

    /// <summary>Text naming a member of <typeparamref name="TEnum"/> (a <see cref="QueryEnumAttribute"/> filter), when present.</summary>
    public static IRuleBuilderOptions<T, string?> EnumName<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => v is null || EnumText.TryParseName<TEnum>(v, out _)).WithMessage($"Use one of: {EnumText.Names<TEnum>()}.");

    public static IRuleBuilderOptions<T, string?> LanguageCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Languages.IsIso6391).WithMessage("Use an ISO 639-1 language code in lower case, such as en, fr or es.");
}
