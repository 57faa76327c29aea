using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.Research.Projects;

/// <summary>Move a project through its life: approve, start, complete, suspend, resume or cancel.</summary>
internal sealed record ChangeProjectStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<ProjectDetails>;

internal sealed class ChangeProjectStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangeProjectStatusCommand, ProjectDetails>
{
    private const string UpdateSql = """
        UPDATE research.projects SET status = @Status, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ProjectDetails> Handle(ChangeProjectStatusCommand command, CancellationToken cancellationToken)
    {
        var current = await ProjectRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        var next = ProjectRules.Machine.Apply(command.Action, current.Status);
        if (command.Action == "approve" && current.EthicsRequired && current.EthicsStatus != EthicsReviewStatus.Approved)
        {
            throw new ConflictException(
                "Ethics review not approved",
                $"This project needs an ethics review before approval; the review is '{current.EthicsStatus.ToText()}'.",
                "ethics-review-pending");
        }

        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, current.Version, Status = next.ToText(), write.Now, write.By }, current.Version, command.ExpectedVersion, cancellationToken);
        var project = (await ProjectRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Project, command.Id, command.Action, current.ToResponse(), project, cancellationToken);
        return project;
    }
}
