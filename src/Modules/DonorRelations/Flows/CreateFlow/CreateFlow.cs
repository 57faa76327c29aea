using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Flows;

/// <summary>Record a funding flow.</summary>
/// <param name="DonorId">Where the money comes from.</param>
/// <param name="AppealId">The appeal it funds (taken from the line when a line is given).</param>
/// <param name="AppealLineId">The appeal line it funds.</param>
/// <param name="AgreementId">The contribution agreement it comes under (same donor).</param>
/// <param name="ParentFlowId">The flow it passes on; children together never exceed their parent.</param>
/// <param name="Status">pledge, commitment or paid.</param>
/// <param name="OriginalAmount">The amount in its currency.</param>
/// <param name="Currency">Its currency (ISO 4217).</param>
/// <param name="ExchangeRate">USD per unit (none needed for USD), with source and date.</param>
/// <param name="BudgetYear">The year it funds.</param>
/// <param name="FlowDate">The day it was pledged, committed or paid (as its status says): today at the latest.</param>
/// <param name="NewMoney">New money (default true).</param>
/// <param name="Earmarking">How earmarked it is, when it has no agreement to say so.</param>
internal sealed record CreateFlowCommand(
    Guid DonorId, Guid? AppealId, Guid? AppealLineId, Guid? AgreementId, Guid? ParentFlowId, FlowStatus? Status, decimal OriginalAmount, string? Currency,
    ExchangeRate? ExchangeRate, int BudgetYear, DateOnly FlowDate, bool? NewMoney, Earmarking? Earmarking) : ICommand<FlowDetails>;

internal sealed class CreateFlowCommandValidator : AbstractValidator<CreateFlowCommand>
{
    public CreateFlowCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.DonorId).NotEmpty();
        RuleFor(c => c.Status).NotNull().IsInEnum();
        RuleFor(c => c.OriginalAmount).Amount().GreaterThan(0);
        RuleFor(c => c.Currency).NotEmpty().Currency();
        RuleFor(c => c.ExchangeRate).NotNull().When(c => c.Currency is not null && c.Currency != Currencies.Usd).WithMessage("Give the exchange rate of an amount in a currency other than USD.");
        RuleFor(c => c.ExchangeRate).SetValidator(new ExchangeRateValidator()!);
        RuleFor(c => c.ExchangeRate!.UsdPerUnit).Equal(1).When(c => c.Currency == Currencies.Usd && c.ExchangeRate is not null).WithMessage("A USD amount has the rate 1.");
        RuleFor(c => c.BudgetYear).InclusiveBetween(2000, 2100);
        RuleFor(c => c.FlowDate).NotEmpty().NotInFuture(clock);
        RuleFor(c => c.Earmarking).IsInEnum();
    }
}

internal sealed class CreateFlowCommandHandler(WriteSession write) : ICommandHandler<CreateFlowCommand, FlowDetails>
{
    private const string LineSql = "SELECT appeal_id FROM donor_relations.appeal_lines WHERE id = @Id";
    private const string ChildrenSql = "SELECT amount_usd FROM donor_relations.flows WHERE parent_flow_id = @ParentFlowId";
    private const string InsertSql = """
        INSERT INTO donor_relations.flows (id, donor_id, appeal_id, appeal_line_id, agreement_id, parent_flow_id, status, original_amount, currency, exchange_rate,
            rate_source, rate_date, amount_usd, budget_year, flow_date, pledged_on, committed_on, paid_on, new_money, earmarking, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @DonorId, @AppealId, @AppealLineId, @AgreementId, @ParentFlowId, @Status, @OriginalAmount, @Currency, @Rate,
            @RateSource, @RateDate, @AmountUsd, @BudgetYear, @FlowDate, @PledgedOn, @CommittedOn, @PaidOn, @NewMoney, @Earmarking, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<FlowDetails> Handle(CreateFlowCommand command, CancellationToken cancellationToken)
    {
        if (await DonorRow.FindAsync(write, command.DonorId, cancellationToken) is null)
        {
            throw Invalid.Field("donorId", $"No donor has the id {command.DonorId}.");
        }

        var appealId = command.AppealId;
        if (command.AppealLineId is { } lineId)
        {
            var lineAppeal = await write.QuerySingleOrDefaultAsync<Guid?>(LineSql, new { Id = lineId }, cancellationToken) ?? throw Invalid.Field("appealLineId", $"No appeal line has the id {lineId}.");
            if (appealId is not null && appealId != lineAppeal)
            {
                throw Invalid.Field("appealLineId", "The line belongs to another appeal.");
            }

            appealId = lineAppeal;
        }
        else if (appealId is { } onlyAppeal)
        {
            if (await AppealRow.FindAsync(write, onlyAppeal, cancellationToken) is null)
            {
                throw Invalid.Field("appealId", $"No appeal has the id {onlyAppeal}.");
            }
        }

        if (command.AgreementId is { } agreementId
            && (await AgreementRow.FindAsync(write, agreementId, cancellationToken))?.DonorId != command.DonorId)
        {
            throw Invalid.Field("agreementId", "Name an agreement of the same donor.");
        }

        var rate = ExchangeRate.Of(command.Currency, command.ExchangeRate, command.FlowDate);
        var amountUsd = Currencies.ToUsd(command.OriginalAmount, rate.UsdPerUnit);
        if (command.ParentFlowId is { } parentId)
        {
            var parent = await FlowRow.FindAsync(write, parentId, cancellationToken) ?? throw Invalid.Field("parentFlowId", $"No flow has the id {parentId}.");
            var passedOn = (await write.QueryAsync<decimal>(ChildrenSql, new { ParentFlowId = parentId }, cancellationToken)).Sum();
            if (passedOn + amountUsd > parent.AmountUsd)
            {
                throw new ConflictException(
                    "Parent flow exceeded",
                    $"The parent flow is USD {parent.AmountUsd}; its children already pass on USD {passedOn}, so USD {amountUsd} more would exceed it.",
                    "parent-flow-exceeded");
            }
        }

        DateOnly? StageDay(FlowStatus stage) => command.Status == stage ? command.FlowDate : null;
        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.DonorId, AppealId = appealId, command.AppealLineId, command.AgreementId, command.ParentFlowId, Status = command.Status!.Value.ToText(),
            command.OriginalAmount, command.Currency, Rate = rate.UsdPerUnit, RateSource = rate.Source, RateDate = rate.Date,
            AmountUsd = amountUsd, command.BudgetYear, command.FlowDate,
            PledgedOn = StageDay(FlowStatus.Pledge), CommittedOn = StageDay(FlowStatus.Commitment), PaidOn = StageDay(FlowStatus.Paid),
            NewMoney = command.NewMoney ?? true, Earmarking = command.Earmarking?.ToText(), write.Now, write.By,
        }, cancellationToken);
        var flow = await FlowRow.ReadAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Flow, id, "create", null, flow, cancellationToken);
        return flow;
    }
}
