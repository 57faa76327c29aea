using FluentValidation;

namespace Iom.Modules.DonorRelations.Money;

internal sealed class ExchangeRateValidator : AbstractValidator<ExchangeRate>
{
    public ExchangeRateValidator()
    {
        RuleFor(r => r.UsdPerUnit).ExchangeRate();
        RuleFor(r => r.Source).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Date).NotEmpty();
    }
}
