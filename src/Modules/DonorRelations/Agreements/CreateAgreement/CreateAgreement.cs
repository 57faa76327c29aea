using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Money;
using Iom.Modules.DonorRelations.Pledges;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Agreements;

/// <summary>Draft a contribution agreement.</summary>
/// <param name="DonorId">The donor.</param>
/// <param name="Reference">Its reference, unique.</param>
/// <param name="Title">Its title.</param>
/// <param name="Amount">Its amount.</param>
/// <param name="Currency">Its currency (ISO 4217).</param>
/// <param name="ExchangeRate">USD per unit of the currency (none needed for USD), with the rate's source and date.</param>
/// <param name="StartOn">First day.</param>
/// <param name="EndOn">Last day.</param>
/// <param name="Earmarking">How earmarked it is.</param>
/// <param name="PledgeId">The pledge it converts: same donor and currency.</param>
/// <param name="Lines">The appeal lines it funds; together at most its amount.</param>
internal sealed record CreateAgreementCommand(
    Guid DonorId, string? Reference, string? Title, decimal Amount, string? Currency, ExchangeRate? ExchangeRate, DateOnly StartOn, DateOnly EndOn,
    Earmarking? Earmarking, Guid? PledgeId, IReadOnlyList<NewFundedLine>? Lines) : ICommand<AgreementDetails>;

internal sealed class CreateAgreementCommandValidator : AbstractValidator<CreateAgreementCommand>
{
    public CreateAgreementCommandValidator()
    {
        RuleFor(c => c.DonorId).NotEmpty();
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(60).Reference();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Amount).Amount().GreaterThan(0);
        RuleFor(c => c.Currency).NotEmpty().Currency();
        RuleFor(c => c.ExchangeRate).NotNull().When(c => c.Currency is not null && c.Currency != Currencies.Usd).WithMessage("Give the exchange rate of an amount in a currency other than USD.");
        RuleFor(c => c.ExchangeRate).SetValidator(new ExchangeRateValidator()!);
        RuleFor(c => c.ExchangeRate!.UsdPerUnit).Equal(1).When(c => c.Currency == Currencies.Usd && c.ExchangeRate is not null).WithMessage("A USD amount has the rate 1.");
        RuleFor(c => c.StartOn).NotEmpty();
        RuleFor(c => c.EndOn).GreaterThanOrEqualTo(c => c.StartOn).WithMessage("An agreement cannot end before it starts.");
        RuleFor(c => c.Earmarking).NotNull().IsInEnum();
        RuleFor(c => c.Lines).MaximumItems(200);
        RuleForEach(c => c.Lines).NotNull().ChildRules(l => l.RuleFor(x => x.Amount).Amount().GreaterThan(0));
        RuleFor(c => c.Lines).Must((c, l) => l is null || l.Contains(null!) || l.Sum(x => x.Amount) <= c.Amount).WithMessage("The funded lines add up to more than the agreement.");
        RuleFor(c => c.Lines).Must(l => l is null || l.Contains(null!) || l.Select(x => x.AppealLineId).Distinct().Count() == l.Count).WithMessage("A line is funded once per agreement.");
    }
}

internal sealed class CreateAgreementCommandHandler(WriteSession write) : ICommandHandler<CreateAgreementCommand, AgreementDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM donor_relations.agreements WHERE reference = @Reference";
    private const string InsertSql = """
        INSERT INTO donor_relations.agreements (id, donor_id, reference, title, amount, currency, exchange_rate, rate_source, rate_date, signed_on, start_on, end_on,
            earmarking, pledge_id, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @DonorId, @Reference, @Title, @Amount, @Currency, @Rate, @RateSource, @RateDate, NULL, @StartOn, @EndOn,
            @Earmarking, @PledgeId, @Status, 1, @Now, @By, @Now, @By)
        """;

    private const string InsertLineSql = "INSERT INTO donor_relations.agreement_lines (agreement_id, appeal_line_id, amount) VALUES (@AgreementId, @AppealLineId, @Amount)";

    public async ValueTask<AgreementDetails> Handle(CreateAgreementCommand command, CancellationToken cancellationToken)
    {
        if (await DonorRow.FindAsync(write, command.DonorId, cancellationToken) is null)
        {
            throw Invalid.Field("donorId", $"No donor has the id {command.DonorId}.");
        }

        if (command.PledgeId is { } pledgeId)
        {
            var pledge = await PledgeRow.FindAsync(write, pledgeId, cancellationToken);
            if (pledge is null || pledge.DonorId != command.DonorId)
            {
                throw Invalid.Field("pledgeId", "Name a pledge of the same donor.");
            }

            if (pledge.Currency != command.Currency)
            {
                throw Invalid.Field("currency", $"The pledge is in {pledge.Currency}; an agreement converting it is in the same currency.");
            }
        }

        await AgreementChecks.EnsureLinesExistAsync(write, command.Lines ?? [], cancellationToken);
        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Reference }, cancellationToken) > 0)
        {
            throw new DuplicateException("agreement", "reference", command.Reference!);
        }

        var id = write.NewId();
        var rate = ExchangeRate.Of(command.Currency, command.ExchangeRate, command.StartOn);
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.DonorId, command.Reference, command.Title, command.Amount, command.Currency, Rate = rate.UsdPerUnit,
            RateSource = rate.Source, RateDate = rate.Date, command.StartOn, command.EndOn,
            Earmarking = command.Earmarking!.Value.ToText(), command.PledgeId, Status = AgreementStatus.Draft.ToText(), write.Now, write.By,
        }, cancellationToken);
        foreach (var line in command.Lines ?? [])
        {
            await write.ExecuteAsync(InsertLineSql, new { AgreementId = id, line.AppealLineId, line.Amount }, cancellationToken);
        }

        var agreement = await AgreementRow.ReadAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Agreement, id, "create", null, agreement, cancellationToken);
        return agreement;
    }
}
