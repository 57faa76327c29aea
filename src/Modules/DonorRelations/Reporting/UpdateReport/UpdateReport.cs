using System.Text.Json;
using FluentValidation;
using Iom.Modules.DonorRelations.Donors;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.DonorRelations.Reporting;

/// <summary>What a JSON Merge Patch may correct in a report not yet submitted: its kind, template, period and due date.</summary>
/// <param name="Kind">narrative, financial, interim, final or audit.</param>
/// <param name="Template">grandBargain8Plus3 or donorSpecific.</param>
/// <param name="PeriodStart">First day it covers.</param>
/// <param name="PeriodEnd">Last day it covers.</param>
/// <param name="DueOn">When it is due; not before the period ends.</param>
[ValidatedAs(typeof(ReportPatch), MergePatch = true)]
internal sealed record ReportPatch(ReportKind? Kind, ReportingTemplate? Template, DateOnly? PeriodStart, DateOnly? PeriodEnd, DateOnly? DueOn);

internal sealed class ReportPatchValidator : AbstractValidator<ReportPatch>
{
    public ReportPatchValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Template).NotNull().IsInEnum();
        RuleFor(c => c.PeriodStart).NotNull();
        RuleFor(c => c.PeriodEnd).NotNull().GreaterThanOrEqualTo(c => c.PeriodStart).WithMessage("The period cannot end before it starts.");
        RuleFor(c => c.DueOn).NotNull().GreaterThanOrEqualTo(c => c.PeriodEnd).WithMessage("A report falls due after the period it covers.");
    }
}

internal sealed record UpdateReportCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<ReportingRequirementDetails>;

internal sealed class UpdateReportCommandHandler(WriteSession write, IValidator<ReportPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateReportCommand, ReportingRequirementDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.reporting_requirements
        SET kind = @Kind, template = @Template, period_start = @PeriodStart, period_end = @PeriodEnd, due_on = @DueOn,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ReportingRequirementDetails> Handle(UpdateReportCommand command, CancellationToken cancellationToken)
    {
        var before = (await ReportingRequirementRow.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status is not (ReportStatus.Scheduled or ReportStatus.InPreparation))
        {
            throw new ConflictException("Report already submitted", $"The report is '{before.Status.ToText()}': what was submitted stays as it was.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(new ReportPatch(before.Kind, before.Template, before.PeriodStart, before.PeriodEnd, before.DueOn), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, Kind = patched.Kind!.Value.ToText(), Template = patched.Template!.Value.ToText(), patched.PeriodStart, patched.PeriodEnd, patched.DueOn,
            write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = (await ReportingRequirementRow.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.ReportingRequirement, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
