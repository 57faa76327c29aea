using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.DonorRelations.Agreements;

/// <summary>Remove a draft agreement, with the lines it would fund, while no flow or reporting requirement refers to it.</summary>
internal sealed record DeleteAgreementCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteAgreementCommandHandler(WriteSession write) : ICommandHandler<DeleteAgreementCommand, Unit>
{
    private const string DeleteLinesSql = "DELETE FROM donor_relations.agreement_lines WHERE agreement_id = @Id";
    private const string DeleteSql = "DELETE FROM donor_relations.agreements WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM donor_relations.flows WHERE agreement_id = @Id", "funding flow"),
        new("SELECT COUNT(*) FROM donor_relations.reporting_requirements WHERE agreement_id = @Id", "reporting requirement"),
    ];

    public async ValueTask<Unit> Handle(DeleteAgreementCommand command, CancellationToken cancellationToken)
    {
        var before = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != AgreementStatus.Draft)
        {
            throw new ConflictException("Agreement cannot be removed", $"The agreement is '{before.Status.ToText()}': once signed it stays on record; terminate it instead.", "not-removable");
        }

        await write.EnsureNoneAsync("agreement", command.Id, cancellationToken, Referrers);
        await write.ExecuteAsync(DeleteLinesSql, new { command.Id }, cancellationToken);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Agreement, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
