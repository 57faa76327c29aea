using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Iom.SharedKernel.Validation;
using Microsoft.OpenApi;

namespace Iom.Api.Host.OpenApi;

/// <summary>The FluentValidation rules of a type, read for the document: which members they require, and their limits.</summary>
internal static class ValidatorRules
{
    /// <summary>A rule on one member of a validated type.</summary>
    public sealed record MemberRule(string Member, IPropertyValidator Validator, IRuleComponent Options, bool EachItem = false)
    {
        /// <summary>
        /// The member must be given whatever else the request holds: NotNull or NotEmpty with no condition, on the member
        /// itself (RuleForEach(...).NotNull() requires each item, not the list).
        /// </summary>
        public bool Requires => !EachItem && Validator is INotNullValidator or INotEmptyValidator && !Options.HasCondition && !Options.HasAsyncCondition;
    }

    /// <summary>
    /// Every member rule of <paramref name="validatedType"/>'s validators, and of the validators of the interfaces it
    /// implements (where rules shared through Include(...) live).
    /// </summary>
    public static IReadOnlyList<MemberRule> Of(IServiceProvider services, Type validatedType) =>
        [.. validatedType.GetInterfaces().Prepend(validatedType)
            .SelectMany(t => services.GetServices(typeof(IValidator<>).MakeGenericType(t)))
            .OfType<IValidator>()
            .Select(v => v.CreateDescriptor())
            .SelectMany(d => d.GetMembersWithValidators().SelectMany(m => m.Select(v => new MemberRule(m.Key, v.Validator, v.Options, IsEachItem(d, m.Key, v.Options)))))];

    private static bool IsEachItem(IValidatorDescriptor descriptor, string member, IRuleComponent component) =>
        descriptor.GetRulesForMember(member).Any(rule => rule.Components.Contains(component)
            && rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>)));

    /// <summary>The rules of the member named <paramref name="name"/> (as the document spells it, camelCase).</summary>
    public static IEnumerable<MemberRule> For(this IReadOnlyList<MemberRule> rules, string name) =>
        rules.Where(r => string.Equals(r.Member, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Shows a validator's limit on the schema of the value it checks.</summary>
    public static void Describe(OpenApiSchema schema, IPropertyValidator validator)
    {
        var type = schema.Type ?? 0;
        switch (validator)
        {
            case INotEmptyValidator when type.HasFlag(JsonSchemaType.String):
                schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
                break;
            case INotEmptyValidator when type.HasFlag(JsonSchemaType.Array):
                schema.MinItems = Math.Max(schema.MinItems ?? 0, 1);
                break;
            case ILengthValidator length when length.Max > 0:
                schema.MaxLength = schema.MaxLength is { } max ? Math.Min(max, length.Max) : length.Max;
                if (length.Min > 0)
                {
                    schema.MinLength = length.Min;
                }

                break;
            case IBetweenValidator { From: IConvertible from, To: IConvertible to }:
                schema.Minimum = from.ToString(CultureInfo.InvariantCulture);
                schema.Maximum = to.ToString(CultureInfo.InvariantCulture);
                break;
            case IComparisonValidator { Comparison: Comparison.GreaterThanOrEqual, ValueToCompare: IConvertible lower } when IsNumber(type):
                schema.Minimum = lower.ToString(CultureInfo.InvariantCulture);
                break;
            case IComparisonValidator { Comparison: Comparison.LessThanOrEqual, ValueToCompare: IConvertible upper } when IsNumber(type):
                schema.Maximum = upper.ToString(CultureInfo.InvariantCulture);
                break;
            case IMaximumItemsValidator items:
                schema.MaxItems = items.Max;
                break;
        }
    }

    private static bool IsNumber(JsonSchemaType type) => type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number);
}
