using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Remove a data partner added by mistake, while no dataset refers to it.</summary>
internal sealed record DeletePartnerCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeletePartnerCommandHandler(WriteSession write) : ICommandHandler<DeletePartnerCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM migration_data.partners WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM migration_data.datasets WHERE partner_id = @Id", "dataset"),
    ];

    public async ValueTask<Unit> Handle(DeletePartnerCommand command, CancellationToken cancellationToken)
    {
        var before = await PartnerRow.FindAsync(write, command.Id, cancellationToken) ?? throw new NotFoundException("partner", command.Id);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.EnsureNoneAsync("partner", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Partner, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
