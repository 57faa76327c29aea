using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Remove a dataset added by mistake, while it has no edition.</summary>
internal sealed record DeleteDatasetCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteDatasetCommandHandler(WriteSession write) : ICommandHandler<DeleteDatasetCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM migration_data.datasets WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM migration_data.editions WHERE dataset_id = @Id", "edition"),
    ];

    public async ValueTask<Unit> Handle(DeleteDatasetCommand command, CancellationToken cancellationToken)
    {
        var before = (await DatasetRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.EnsureNoneAsync("dataset", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Dataset, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
