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

namespace Iom.Modules.GoverningBodies.Observers;

/// <summary>What a JSON Merge Patch may correct in an observer; withdrawnOn records the end of the status.</summary>
/// <param name="Kind">state, igo or ngo.</param>
/// <param name="Country">The state, for kind state.</param>
/// <param name="Name">The organization's name; none for a state.</param>
/// <param name="Acronym">The organization's acronym.</param>
/// <param name="GrantedByResolution">The resolution that granted the status.</param>
/// <param name="GrantedOn">The day it was granted.</param>
/// <param name="WithdrawnOn">The day the status ended; null while it holds.</param>
[ValidatedAs(typeof(IObserverFields), MergePatch = true)]
internal sealed record ObserverPatch(
    ObserverKind? Kind, string? Country, LocalizedText? Name, string? Acronym, string? GrantedByResolution, DateOnly? GrantedOn, DateOnly? WithdrawnOn) : IObserverFields;

internal sealed record UpdateObserverCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<ObserverDetails>;

internal sealed class UpdateObserverCommandHandler(WriteSession write, IValidator<IObserverFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateObserverCommand, ObserverDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.observers
        SET kind = @Kind, country = @Country, name_en = @NameEn, name_fr = @NameFr, name_es = @NameEs, acronym = @Acronym,
            granted_by_resolution = @GrantedByResolution, granted_on = @GrantedOn, withdrawn_on = @WithdrawnOn,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ObserverDetails> Handle(UpdateObserverCommand command, CancellationToken cancellationToken)
    {
        var before = await ObserverRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var stored = before.Kind == ObserverKind.State ? null : before.Name;
        var patched = JsonMergePatch.Apply(
            new ObserverPatch(before.Kind, before.Country, stored, before.Acronym, before.GrantedByResolution, before.GrantedOn, before.WithdrawnOn),
            command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        var country = Countries.Canonical(patched.Country);
        await ObserverWriter.EnsureUniqueAsync(write, before.Id, country, null, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            before.Version,
            Kind = patched.Kind!.Value.ToText(),
            Country = country,
            NameEn = patched.Name?.En,
            NameFr = patched.Name?.Fr,
            NameEs = patched.Name?.Es,
            patched.Acronym,
            patched.GrantedByResolution,
            patched.GrantedOn,
            patched.WithdrawnOn,
            write.Now,
            write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await ObserverRow.GetAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Observer, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
