using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>
/// Remove a draft edition with what was loaded into it (its observations, the records of its loads), while no load is
/// queued or running. A released edition has been read by people: it is withdrawn, never deleted.
/// </summary>
internal sealed record DeleteEditionCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteEditionCommandHandler(WriteSession write) : ICommandHandler<DeleteEditionCommand, Unit>
{
    private const string DeleteObservationsSql = "DELETE FROM migration_data.observations WHERE edition_key = (SELECT edition_key FROM migration_data.editions WHERE id = @Id)";
    private const string DeleteLoadJobsSql = "DELETE FROM migration_data.load_jobs WHERE edition_id = @Id";
    private const string DeleteIndicatorsSql = "DELETE FROM migration_data.edition_indicators WHERE edition_key = (SELECT edition_key FROM migration_data.editions WHERE id = @Id)";
    private const string DeleteSql = "DELETE FROM migration_data.editions WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM migration_data.load_jobs WHERE edition_id = @Id AND status IN ('queued', 'running')", "queued or running load"),
    ];

    public async ValueTask<Unit> Handle(DeleteEditionCommand command, CancellationToken cancellationToken)
    {
        var row = await EditionRow.GetAsync(write, command.Id, cancellationToken);
        var before = row.ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (row.Status != EditionStatus.Draft)
        {
            throw new ConflictException("Edition has been released",
                $"{row.DatasetCode} {row.Edition} is {row.Status.ToText()}: people have read its values. Withdraw it instead (POST …/withdraw with a reason).", "edition-released");
        }

        await write.EnsureNoneAsync("edition", command.Id, cancellationToken, Referrers);
        await write.ExecuteAsync(DeleteObservationsSql, new { command.Id }, cancellationToken);
        await write.ExecuteAsync(DeleteLoadJobsSql, new { command.Id }, cancellationToken);
        await write.ExecuteAsync(DeleteIndicatorsSql, new { command.Id }, cancellationToken);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Edition, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
