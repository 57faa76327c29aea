namespace Iom.SharedKernel.Validation;

/// <summary>
/// A body that must carry at least <see cref="Count"/> of its optional properties (any of them), as its validator
/// checks; shown as the schema's minProperties.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MinPropertiesAttribute(int count) : Attribute
{
    public int Count { get; } = count;
}
