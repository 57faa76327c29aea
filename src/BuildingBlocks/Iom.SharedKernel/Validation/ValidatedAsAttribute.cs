namespace Iom.SharedKernel.Validation;

/// <summary>
/// A request body whose fields are validated by <see cref="ValidatorOf"/>'s validator (the command it becomes), so that
/// the OpenAPI schema filter can show that validator's limits on the body's schema.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ValidatedAsAttribute(Type validatorOf) : Attribute
{
    public Type ValidatorOf { get; } = validatorOf;
}
