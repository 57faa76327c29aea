namespace Iom.SharedKernel.Text;

/// <summary>
/// Marks a string query parameter that takes the camelCase names of <see cref="EnumType"/>. Minimal APIs bind enums
/// from the query case-sensitively (and name .NET types when they fail), so such filters bind as text, are checked by
/// <c>CommonRules.EnumName</c>, and are documented in OpenAPI as the enum itself.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class QueryEnumAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}
