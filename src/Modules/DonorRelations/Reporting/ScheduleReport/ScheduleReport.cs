using FluentValidation;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Donors;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Reporting;

/// <summary>Schedule a report owed under an agreement.</summary>
/// <param name="Kind">narrative, financial, interim, final or audit.</param>
/// <param name="Template">grandBargain8Plus3 or donorSpecific; default: the donor's preference.</param>
/// <param name="PeriodStart">First day it covers.</param>
/// <param name="PeriodEnd">Last day it covers.</param>
/// <param name="DueOn">When it is due; not before the period ends.</param>
[ValidatedAs(typeof(ScheduleReportCommand))]
internal sealed record ScheduleReportRequest(ReportKind? Kind, ReportingTemplate? Template, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn);

internal sealed record ScheduleReportCommand(Guid AgreementId, ReportKind? Kind, ReportingTemplate? Template, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn)
    : ICommand<ReportingRequirementDetails>;

internal sealed class ScheduleReportCommandValidator : AbstractValidator<ScheduleReportCommand>
{
    public ScheduleReportCommandValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Template).IsInEnum();
        RuleFor(c => c.PeriodStart).NotEmpty();
        RuleFor(c => c.PeriodEnd).GreaterThanOrEqualTo(c => c.PeriodStart).WithMessage("The period cannot end before it starts.");
        RuleFor(c => c.DueOn).GreaterThanOrEqualTo(c => c.PeriodEnd).WithMessage("A report falls due after the period it covers.");
    }
}

internal sealed class ScheduleReportCommandHandler(WriteSession write) : ICommandHandler<ScheduleReportCommand, ReportingRequirementDetails>
{
    private const string InsertSql = """
        INSERT INTO donor_relations.reporting_requirements (id, agreement_id, kind, template, period_start, period_end, due_on, status, submitted_on, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @AgreementId, @Kind, @Template, @PeriodStart, @PeriodEnd, @DueOn, @Status, NULL, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<ReportingRequirementDetails> Handle(ScheduleReportCommand command, CancellationToken cancellationToken)
    {
        var agreement = await AgreementRow.FindAsync(write, command.AgreementId, cancellationToken) ?? throw new NotFoundException("agreement", command.AgreementId);
        if (agreement.Status is AgreementStatus.Closed or AgreementStatus.Terminated)
        {
            throw new ConflictException("Agreement ended", $"The agreement is '{agreement.Status.ToText()}'; no new report can be owed under it.", "agreement-ended");
        }

        var donor = await DonorRow.GetAsync(write, agreement.DonorId, cancellationToken);
        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.AgreementId, Kind = command.Kind!.Value.ToText(), Template = (command.Template ?? donor.ReportingTemplate).ToText(),
            command.PeriodStart, command.PeriodEnd, command.DueOn, Status = ReportStatus.Scheduled.ToText(), write.Now, write.By,
        }, cancellationToken);
        var report = (await ReportingRequirementRow.GetAsync(write, id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.ReportingRequirement, id, "create", null, report, cancellationToken);
        return report;
    }
}
