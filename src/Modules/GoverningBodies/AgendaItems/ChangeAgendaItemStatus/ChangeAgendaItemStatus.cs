using Iom.Modules.GoverningBodies.Officers;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal sealed record ChangeAgendaItemStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<AgendaItemDetails>;

internal sealed class ChangeAgendaItemStatusCommandHandler(WriteSession write, ICurrentUser user)
    : ICommandHandler<ChangeAgendaItemStatusCommand, AgendaItemDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.agenda_items
        SET status = @Status, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<AgendaItemDetails> Handle(ChangeAgendaItemStatusCommand command, CancellationToken cancellationToken)
    {
        var current = await AgendaItemRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        var next = AgendaItemRules.Machine.Apply(command.Action, current.Status);
        if (next == AgendaItemStatus.Adopted)
        {
            await OfficerRules.EnsureElectedBeforeAgendaAsync(write, current.SessionId, cancellationToken);
        }

        await write.UpdateVersionedAsync(
            UpdateSql, new { command.Id, current.Version, Status = next.ToText(), write.Now, write.By }, current.Version, command.ExpectedVersion, cancellationToken);

        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        var before = (await AgendaItemRow.ToResponsesAsync(write, [current], seeRestricted, cancellationToken))[0];
        var row = await AgendaItemRow.GetAsync(write, command.Id, cancellationToken);
        var response = (await AgendaItemRow.ToResponsesAsync(write, [row], seeRestricted, cancellationToken))[0];
        await write.RecordAsync(AuditedEntities.AgendaItem, command.Id, command.Action, before, response, cancellationToken);
        return response;
    }
}
