using FluentValidation;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Agreements;

/// <summary>Amend a signed or active agreement.</summary>
/// <param name="NewAmount">Its amount after the amendment.</param>
/// <param name="NewEndOn">Its end date after the amendment.</param>
/// <param name="Reason">Why.</param>
[ValidatedAs(typeof(AmendAgreementCommand))]
internal sealed record AmendAgreementRequest(decimal NewAmount, DateOnly NewEndOn, string? Reason);

internal sealed record AmendAgreementCommand(Guid Id, decimal NewAmount, DateOnly NewEndOn, string? Reason, int? ExpectedVersion) : ICommand<AgreementDetails>;

internal sealed class AmendAgreementCommandValidator : AbstractValidator<AmendAgreementCommand>
{
    public AmendAgreementCommandValidator()
    {
        RuleFor(c => c.NewAmount).Amount().GreaterThan(0);
        RuleFor(c => c.NewEndOn).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
    }
}

internal sealed class AmendAgreementCommandHandler(WriteSession write) : ICommandHandler<AmendAgreementCommand, AgreementDetails>
{
    private const string InsertSql = """
        INSERT INTO donor_relations.agreement_amendments (agreement_id, number, amended_on, previous_amount, new_amount, previous_end_on, new_end_on, reason)
        VALUES (@Id, @Number, @Today, @PreviousAmount, @NewAmount, @PreviousEndOn, @NewEndOn, @Reason)
        """;

    private const string UpdateSql = """
        UPDATE donor_relations.agreements SET amount = @NewAmount, end_on = @NewEndOn, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<AgreementDetails> Handle(AmendAgreementCommand command, CancellationToken cancellationToken)
    {
        var before = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status is not (AgreementStatus.Signed or AgreementStatus.Active))
        {
            throw new InvalidTransitionException("contribution agreement", "amend", before.Status.ToText(), before.AllowedActions);
        }

        if (command.NewEndOn < before.StartOn)
        {
            throw Invalid.Field("newEndOn", "An agreement cannot end before it starts.");
        }

        if (before.Lines.Sum(l => l.Amount) > command.NewAmount)
        {
            throw Invalid.Field("newAmount", "The funded lines add up to more than the amended amount.");
        }

        await AgreementChecks.EnsurePledgeCanTakeAsync(write, before, command.NewAmount, write.Today, cancellationToken);
        await write.ExecuteAsync(InsertSql, new
        {
            command.Id, Number = before.Amendments.Count + 1, write.Today, PreviousAmount = before.Amount, command.NewAmount,
            PreviousEndOn = before.EndOn, command.NewEndOn, command.Reason,
        }, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, command.NewAmount, command.NewEndOn, write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var agreement = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Agreement, command.Id, "amend", before, agreement, cancellationToken);
        return agreement;
    }
}
