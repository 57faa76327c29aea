using FluentValidation;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;

namespace Iom.SharedKernel.Validation;

public static class CommonRules
{
    /// <summary>Localized text: each language within <see cref="LocalizedTextValidator"/>'s limit, and at least one given when required.</summary>
    public static IRuleBuilderOptions<T, LocalizedText?> LocalizedText<T>(this IRuleBuilder<T, LocalizedText?> rule, bool required)
    {
        const string message = "Give the text in at least one of en, fr, es.";
        if (required)
        {
            rule = rule.NotNull().WithMessage(message);
        }

        return rule.SetValidator(new LocalizedTextValidator()!)
            .Must(t => t is null || t.HasAny || !required)
            .WithMessage(message);
    }

    public static IRuleBuilderOptions<T, TCollection> MaximumItems<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : System.Collections.IEnumerable? =>
        rule.SetValidator(new MaximumItemsValidator<T, TCollection>(max));

    /// <summary>
    /// A reference people type (a pledge's, an agreement's): no spaces at either end, which SQL Server would ignore when
    /// comparing and SQLite would not (ADR 0023).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Reference<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(@"^\S(?:.*\S)?$").WithMessage("No spaces at the start or the end.");

    /// <summary>Text naming a member of <typeparamref name="TEnum"/> (a <see cref="QueryEnumAttribute"/> filter), when present.</summary>
    public static IRuleBuilderOptions<T, string?> EnumName<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => v is null || EnumText.TryParseName<TEnum>(v, out _)).WithMessage($"Use one of: {EnumText.Names<TEnum>()}.");

    public static IRuleBuilderOptions<T, string?> LanguageCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Languages.IsIso6391).WithMessage("Use an ISO 639-1 language code, such as en, fr or es (any case; answered in lower case).");

    /// <summary>A country in any of the forms <see cref="Countries"/> takes, when present.</summary>
    public static IRuleBuilderOptions<T, string?> CountryCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => c is null || Countries.TryFind(c, out _)).WithMessage(Countries.Rule);

    /// <summary>The day of something that has already happened (an adoption, a delivery, a payment): today at the latest, in UTC.</summary>
    public static IRuleBuilderOptions<T, DateOnly> NotInFuture<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock) =>
        rule.Must(d => d <= clock.Today()).WithMessage(_ => FutureMessage(clock));

    /// <inheritdoc cref="NotInFuture{T}(IRuleBuilder{T, DateOnly}, TimeProvider)"/>
    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(d => d is null || d <= clock.Today()).WithMessage(_ => FutureMessage(clock));

    private static string FutureMessage(TimeProvider clock) => $"This has already happened, so its day is {clock.Today():yyyy-MM-dd} (today, UTC) or earlier.";
}
