using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.Research.Projects;

/// <summary>Remove a project proposed by mistake, while it is only proposed and no work names it.</summary>
internal sealed record DeleteProjectCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteProjectCommandHandler(WriteSession write) : ICommandHandler<DeleteProjectCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM research.projects WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers = [new("SELECT COUNT(*) FROM research.works WHERE project_id = @Id", "work")];

    public async ValueTask<Unit> Handle(DeleteProjectCommand command, CancellationToken cancellationToken)
    {
        var before = (await ProjectRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != ProjectStatus.Proposed)
        {
            throw new ConflictException("Project cannot be removed", $"The project is '{before.Status.ToText()}': once approved it stays on record; cancel it instead.", "not-removable");
        }

        await write.EnsureNoneAsync("project", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Project, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
