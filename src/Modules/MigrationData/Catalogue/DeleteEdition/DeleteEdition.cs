using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>
/// Remove an edition added by mistake, while no observation is loaded into it and no load is queued or running; the
/// records of its finished loads (which loaded nothing) go with it.
/// </summary>
internal sealed record DeleteEditionCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteEditionCommandHandler(WriteSession write) : ICommandHandler<DeleteEditionCommand, Unit>
{
    private const string DeleteLoadJobsSql = "DELETE FROM migration_data.load_jobs WHERE edition_id = @Id";
    private const string DeleteIndicatorsSql = "DELETE FROM migration_data.edition_indicators WHERE edition_key = (SELECT edition_key FROM migration_data.editions WHERE id = @Id)";
    private const string DeleteSql = "DELETE FROM migration_data.editions WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM migration_data.observations o JOIN migration_data.editions e ON e.edition_key = o.edition_key WHERE e.id = @Id", "observation"),
        new("SELECT COUNT(*) FROM migration_data.load_jobs WHERE edition_id = @Id AND status IN ('queued', 'running')", "queued or running load"),
    ];

    public async ValueTask<Unit> Handle(DeleteEditionCommand command, CancellationToken cancellationToken)
    {
        var before = (await EditionRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.EnsureNoneAsync("edition", command.Id, cancellationToken, Referrers);
        await write.ExecuteAsync(DeleteLoadJobsSql, new { command.Id }, cancellationToken);
        await write.ExecuteAsync(DeleteIndicatorsSql, new { command.Id }, cancellationToken);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Edition, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
