using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.AgendaItems;

/// <summary>Remove an item put on a provisional agenda by mistake: only while proposed and nothing refers to it.</summary>
internal sealed record DeleteAgendaItemCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteAgendaItemCommandHandler(WriteSession write) : ICommandHandler<DeleteAgendaItemCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.agenda_items WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM governing_bodies.agenda_items WHERE parent_id = @Id", "sub-item"),
        new("SELECT COUNT(*) FROM governing_bodies.agenda_item_documents WHERE agenda_item_id = @Id", "document"),
        new("SELECT COUNT(*) FROM governing_bodies.resolutions WHERE agenda_item_id = @Id", "resolution"),
    ];

    public async ValueTask<Unit> Handle(DeleteAgendaItemCommand command, CancellationToken cancellationToken)
    {
        var before = await AgendaItemRow.ReadAsync(write, command.Id, seeRestricted: true, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != AgendaItemStatus.Proposed)
        {
            throw new ConflictException(
                "Agenda item cannot be removed", $"The item is '{before.Status.ToText()}': once adopted it stays on the agenda; withdraw or defer it instead.", "not-removable");
        }

        await write.EnsureNoneAsync("agenda item", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.AgendaItem, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
