using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.DonorRelations.Agreements;

/// <summary>Sign, activate, begin closure, close or terminate an agreement.</summary>
internal sealed record ChangeAgreementStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<AgreementDetails>;

internal sealed class ChangeAgreementStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangeAgreementStatusCommand, AgreementDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.agreements SET status = @Status, signed_on = CASE WHEN @Signs = 1 THEN @Today ELSE signed_on END,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<AgreementDetails> Handle(ChangeAgreementStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = AgreementRules.Machine.Apply(command.Action, before.Status);
        if (next == AgreementStatus.Signed)
        {
            await AgreementChecks.EnsurePledgeCanTakeAsync(write, before, before.Amount, write.Today, cancellationToken);
        }

        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, Status = next.ToText(), Signs = next == AgreementStatus.Signed ? 1 : 0, write.Today, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var agreement = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Agreement, command.Id, command.Action, before, agreement, cancellationToken);
        return agreement;
    }
}
