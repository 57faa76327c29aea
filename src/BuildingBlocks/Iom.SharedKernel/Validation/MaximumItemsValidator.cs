using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace Iom.SharedKernel.Validation;

/// <summary>A collection may hold at most <see cref="Max"/> items; read by the OpenAPI schema filter as <c>maxItems</c>.</summary>
public interface IMaximumItemsValidator
{
    int Max { get; }
}

public sealed class MaximumItemsValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaximumItemsValidator
    where TCollection : IEnumerable?
{
    public int Max { get; } = max;

    public override string Name => "MaximumItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value) => value is null || value.Cast<object>().Count() <= Max;

    protected override string GetDefaultMessageTemplate(string errorCode) => $"At most {Max} items.";
}
