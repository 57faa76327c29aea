using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.Research.Works;

/// <summary>A clearance decision.</summary>
/// <param name="Status">passed, failed or notApplicable.</param>
/// <param name="Note">The reviewer's note; required when it failed or does not apply.</param>
[ValidatedAs(typeof(RecordClearanceCommand))]
internal sealed record RecordClearanceRequest(ClearanceStatus? Status, string? Note);

internal sealed record RecordClearanceCommand(Guid WorkId, string Kind, ClearanceStatus? Status, string? Note, int? ExpectedVersion) : ICommand<WorkDetails>;

internal sealed class RecordClearanceCommandValidator : AbstractValidator<RecordClearanceCommand>
{
    public RecordClearanceCommandValidator()
    {
        RuleFor(c => c.Kind).NotEmpty().EnumName<RecordClearanceCommand, ClearanceKind>();
        RuleFor(c => c.Status).NotNull().IsInEnum().NotEqual(ClearanceStatus.Pending).WithMessage("Use passed, failed or notApplicable.");
        RuleFor(c => c.Note).MaximumLength(1000);
        RuleFor(c => c.Note).NotEmpty().When(c => c.Status is ClearanceStatus.Failed or ClearanceStatus.NotApplicable)
            .WithMessage("Say why it failed or does not apply.");
    }
}

internal sealed class RecordClearanceCommandHandler(WriteSession write)
    : ICommandHandler<RecordClearanceCommand, WorkDetails>
{
    private const string UpdateClearanceSql = """
        UPDATE research.clearances SET status = @Status, note = @Note, decided_by = @By, decided_at = @Now WHERE work_id = @WorkId AND kind = @Kind
        """;

    private const string TouchWorkSql = """
        UPDATE research.works SET version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @WorkId AND version = @Version
        """;

    public async ValueTask<WorkDetails> Handle(RecordClearanceCommand command, CancellationToken cancellationToken)
    {
        var current = await WorkReader.GetAsync(write, command.WorkId, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        if (WorkRules.IsPublished(current.Status) || current.Status == WorkStatus.Rejected)
        {
            throw new ConflictException("Clearance closed", $"Clearances are decided before publication; this work is '{current.Status.ToText()}'.", "clearance-closed");
        }

        await write.ExecuteAsync(UpdateClearanceSql, new { command.WorkId, command.Kind, Status = command.Status!.Value.ToText(), command.Note, write.Now, write.By }, cancellationToken);
        await write.UpdateVersionedAsync(TouchWorkSql, new { command.WorkId, current.Version, write.Now, write.By }, current.Version, command.ExpectedVersion, cancellationToken);
        var work = await WorkReader.GetAsync(write, command.WorkId, cancellationToken);
        await write.RecordAsync(AuditedEntities.Work, command.WorkId, $"clearance-{command.Kind}", current, work, cancellationToken);
        return work;
    }
}
