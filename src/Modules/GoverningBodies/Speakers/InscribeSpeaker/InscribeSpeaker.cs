using FluentValidation;
using Iom.Modules.GoverningBodies.Sittings;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Speakers;

/// <summary>Inscribe a speaker on a sitting's list for one of the agenda items it takes up.</summary>
/// <param name="AgendaItemId">The agenda item, one the sitting takes up.</param>
/// <param name="OnBehalfOf">Whom the speaker speaks for.</param>
/// <param name="SpeakerName">Who takes the floor, when known.</param>
/// <param name="Position">Place on the item's list (1 = first); the end when absent. Those after it move down one.</param>
[ValidatedAs(typeof(InscribeSpeakerCommand))]
internal sealed record InscribeSpeakerRequest(Guid? AgendaItemId, OnBehalfOf? OnBehalfOf, string? SpeakerName, int? Position);

internal sealed record InscribeSpeakerCommand(Guid SittingId, Guid? AgendaItemId, OnBehalfOf? OnBehalfOf, string? SpeakerName, int? Position) : ICommand<SpeakerDetails>;

internal sealed class InscribeSpeakerCommandValidator : AbstractValidator<InscribeSpeakerCommand>
{
    public InscribeSpeakerCommandValidator()
    {
        RuleFor(c => c.AgendaItemId).NotNull();
        RuleFor(c => c.OnBehalfOf).NotNull().SetValidator(new OnBehalfOfValidator()!);
        RuleFor(c => c.SpeakerName).MaximumLength(200).Reference();
        RuleFor(c => c.Position).InclusiveBetween(1, 500);
    }
}

internal sealed class InscribeSpeakerCommandHandler(WriteSession write) : ICommandHandler<InscribeSpeakerCommand, SpeakerDetails>
{
    private const string InsertSql = """
        INSERT INTO governing_bodies.speakers
            (id, sitting_id, agenda_item_id, position, on_behalf_kind, country, on_behalf_of, speaker_name, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @SittingId, @AgendaItemId, @Position, @Kind, @Country, @Name, @SpeakerName, @Status, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<SpeakerDetails> Handle(InscribeSpeakerCommand command, CancellationToken cancellationToken)
    {
        var sitting = await SittingRow.ReadAsync(write, command.SittingId, cancellationToken);
        SpeakerChecks.EnsureOpen(sitting);
        SpeakerChecks.EnsureTakenUp(sitting, command.AgendaItemId!.Value);
        var id = write.NewId();
        var position = await SpeakersList.PlaceAsync(write, sitting.Id, command.AgendaItemId.Value, id, command.Position, cancellationToken);
        var onBehalfOf = command.OnBehalfOf!;
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            command.SittingId,
            command.AgendaItemId,
            Position = position,
            Kind = onBehalfOf.Kind.ToText(),
            Country = Countries.Canonical(onBehalfOf.Country),
            Name = onBehalfOf.Group ?? onBehalfOf.Organization,
            command.SpeakerName,
            Status = SpeakerStatus.Inscribed.ToText(),
            write.Now,
            write.By,
        }, cancellationToken);
        var created = await SpeakerRow.GetAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Speaker, id, "create", null, created, cancellationToken);
        return created;
    }
}
