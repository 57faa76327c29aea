using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.DonorRelations.Reporting;

/// <summary>Remove a report scheduled by mistake, while it is only scheduled.</summary>
internal sealed record DeleteReportCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteReportCommandHandler(WriteSession write) : ICommandHandler<DeleteReportCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM donor_relations.reporting_requirements WHERE id = @Id AND version = @Version";

    public async ValueTask<Unit> Handle(DeleteReportCommand command, CancellationToken cancellationToken)
    {
        var before = (await ReportingRequirementRow.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != ReportStatus.Scheduled)
        {
            throw new ConflictException("Report cannot be removed", $"The report is '{before.Status.ToText()}': once work on it has started it stays on record.", "not-removable");
        }

        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.ReportingRequirement, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
