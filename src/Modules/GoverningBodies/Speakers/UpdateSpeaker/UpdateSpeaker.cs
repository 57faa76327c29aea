using System.Text.Json;
using FluentValidation;
using Iom.Modules.GoverningBodies.Sittings;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.Speakers;

/// <summary>What a JSON Merge Patch may correct in an inscribed speaker: for whom, who, and the place on the list.</summary>
/// <param name="OnBehalfOf">Whom the speaker speaks for (the whole object).</param>
/// <param name="SpeakerName">Who takes the floor; null removes it.</param>
/// <param name="Position">Place on the item's list; the speakers between the old and the new place move one.</param>
[ValidatedAs(typeof(SpeakerPatch), MergePatch = true)]
internal sealed record SpeakerPatch(OnBehalfOf? OnBehalfOf, string? SpeakerName, int? Position);

internal sealed class SpeakerPatchValidator : AbstractValidator<SpeakerPatch>
{
    public SpeakerPatchValidator()
    {
        RuleFor(c => c.OnBehalfOf).NotNull().SetValidator(new OnBehalfOfValidator()!);
        RuleFor(c => c.SpeakerName).MaximumLength(200).Reference();
        RuleFor(c => c.Position).NotNull().InclusiveBetween(1, 500);
    }
}

internal sealed record UpdateSpeakerCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<SpeakerDetails>;

internal sealed class UpdateSpeakerCommandHandler(WriteSession write, IValidator<SpeakerPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateSpeakerCommand, SpeakerDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.speakers
        SET position = @Position, on_behalf_kind = @Kind, country = @Country, on_behalf_of = @Name, speaker_name = @SpeakerName,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<SpeakerDetails> Handle(UpdateSpeakerCommand command, CancellationToken cancellationToken)
    {
        var before = await SpeakerRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != SpeakerStatus.Inscribed)
        {
            throw new ConflictException("Speaker is final", $"The speaker is '{before.Status.ToText()}'; the list keeps them as they were.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(new SpeakerPatch(before.OnBehalfOf, before.SpeakerName, before.Position), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        SpeakerChecks.EnsureOpen(await SittingRow.ReadAsync(write, before.SittingId, cancellationToken));
        var position = await SpeakersList.PlaceAsync(write, before.SittingId, before.AgendaItemId, before.Id, patched.Position, cancellationToken);
        var onBehalfOf = patched.OnBehalfOf!;
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            before.Version,
            Position = position,
            Kind = onBehalfOf.Kind.ToText(),
            Country = Countries.Canonical(onBehalfOf.Country),
            Name = onBehalfOf.Group ?? onBehalfOf.Organization,
            patched.SpeakerName,
            write.Now,
            write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await SpeakerRow.GetAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Speaker, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
