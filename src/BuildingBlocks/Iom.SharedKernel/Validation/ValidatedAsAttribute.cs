namespace Iom.SharedKernel.Validation;

/// <summary>
/// A request body whose fields are validated by <see cref="ValidatorOf"/>'s validator (the command it becomes), so that
/// the OpenAPI schema filter can show that validator's limits on the body's schema.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ValidatedAsAttribute(Type validatorOf) : Attribute
{
    public Type ValidatorOf { get; } = validatorOf;

    /// <summary>A JSON Merge Patch body: every property optional; one its validator requires cannot be null (null removes).</summary>
    public bool MergePatch { get; init; }
}
