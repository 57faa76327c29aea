using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.Research.Projects;

/// <summary>The ethics board's decision on a project.</summary>
/// <param name="Status">approved or rejected.</param>
/// <param name="Reference">The board's reference for the decision.</param>
[ValidatedAs(typeof(RecordEthicsReviewCommand))]
internal sealed record RecordEthicsReviewRequest(EthicsReviewStatus? Status, string? Reference);

internal sealed record RecordEthicsReviewCommand(Guid Id, EthicsReviewStatus? Status, string? Reference, int? ExpectedVersion) : ICommand<ProjectDetails>;

internal sealed class RecordEthicsReviewCommandValidator : AbstractValidator<RecordEthicsReviewCommand>
{
    public RecordEthicsReviewCommandValidator()
    {
        RuleFor(c => c.Status).NotNull().Must(s => s is EthicsReviewStatus.Approved or EthicsReviewStatus.Rejected).WithMessage("Use approved or rejected.");
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(100).Reference();
    }
}

internal sealed class RecordEthicsReviewCommandHandler(WriteSession write)
    : ICommandHandler<RecordEthicsReviewCommand, ProjectDetails>
{
    private const string UpdateSql = """
        UPDATE research.projects SET ethics_status = @Status, ethics_reference = @Reference, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ProjectDetails> Handle(RecordEthicsReviewCommand command, CancellationToken cancellationToken)
    {
        var current = await ProjectRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        if (!current.EthicsRequired)
        {
            throw new ConflictException("No ethics review required", "This project was proposed without an ethics review.", "ethics-review-not-required");
        }

        if (current.Status is not (ProjectStatus.Proposed or ProjectStatus.Approved or ProjectStatus.Active or ProjectStatus.Suspended))
        {
            throw new ConflictException("Project closed", $"The project is '{current.Status.ToText()}'.", "project-closed");
        }

        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, current.Version, Status = command.Status!.Value.ToText(), command.Reference, write.Now, write.By }, current.Version, command.ExpectedVersion, cancellationToken);
        var project = (await ProjectRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Project, command.Id, "record-ethics-review", current.ToResponse(), project, cancellationToken);
        return project;
    }
}
