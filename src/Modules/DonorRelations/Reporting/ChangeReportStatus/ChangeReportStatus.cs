using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.DonorRelations.Reporting;

/// <summary>Start, submit, accept, request a revision of, or resubmit a report.</summary>
internal sealed record ChangeReportStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<ReportingRequirementDetails>;

internal sealed class ChangeReportStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangeReportStatusCommand, ReportingRequirementDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.reporting_requirements
        SET status = @Status, submitted_on = CASE WHEN @Submits = 1 THEN @Today ELSE submitted_on END, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ReportingRequirementDetails> Handle(ChangeReportStatusCommand command, CancellationToken cancellationToken)
    {
        var before = (await ReportingRequirementRow.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = ReportRules.Machine.Apply(command.Action, before.Status);
        var submits = next is ReportStatus.Submitted or ReportStatus.Resubmitted ? 1 : 0;
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), Submits = submits, write.Today, write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var report = (await ReportingRequirementRow.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.ReportingRequirement, command.Id, command.Action, before, report, cancellationToken);
        return report;
    }
}
