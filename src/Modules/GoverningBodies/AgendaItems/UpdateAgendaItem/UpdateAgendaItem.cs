using System.Text.Json;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.AgendaItems;

/// <summary>What a JSON Merge Patch may correct in an agenda item until it is concluded: its title. Its number places it.</summary>
/// <param name="Title">Title in the official languages.</param>
[ValidatedAs(typeof(AgendaItemPatch), MergePatch = true)]
internal sealed record AgendaItemPatch(LocalizedText? Title);

internal sealed class AgendaItemPatchValidator : AbstractValidator<AgendaItemPatch>
{
    public AgendaItemPatchValidator() => RuleFor(c => c.Title).LocalizedText(required: true);
}

internal sealed record UpdateAgendaItemCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<AgendaItemDetails>;

internal sealed class UpdateAgendaItemCommandHandler(WriteSession write, ICurrentUser user, IValidator<AgendaItemPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateAgendaItemCommand, AgendaItemDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.agenda_items
        SET title_en = @TitleEn, title_fr = @TitleFr, title_es = @TitleEs, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<AgendaItemDetails> Handle(UpdateAgendaItemCommand command, CancellationToken cancellationToken)
    {
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        var before = await AgendaItemRow.ReadAsync(write, command.Id, seeRestricted, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status is AgendaItemStatus.Concluded or AgendaItemStatus.Withdrawn)
        {
            throw new ConflictException("Agenda item is final", $"The item is '{before.Status.ToText()}'; its record is final.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(new AgendaItemPatch(before.Title), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, TitleEn = patched.Title!.En, TitleFr = patched.Title.Fr, TitleEs = patched.Title.Es, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await AgendaItemRow.ReadAsync(write, command.Id, seeRestricted, cancellationToken);
        await write.RecordAsync(AuditedEntities.AgendaItem, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
