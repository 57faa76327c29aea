using System.Text.Json;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>
/// What a JSON Merge Patch may correct in an edition, loaded or not: when it was released and retrieved, and the notes.
/// Its name identifies it in every observation's provenance; a wrong one is removed (while empty) and added anew.
/// </summary>
/// <param name="ReleasedOn">When the partner released it: today at the latest.</param>
/// <param name="RetrievedOn">When GMDAC retrieved it: on or after its release, today at the latest; null when not known.</param>
/// <param name="Notes">Notes on the edition; null to clear them.</param>
[ValidatedAs(typeof(EditionPatch), MergePatch = true)]
internal sealed record EditionPatch(DateOnly? ReleasedOn, DateOnly? RetrievedOn, string? Notes);

internal sealed class EditionPatchValidator : AbstractValidator<EditionPatch>
{
    public EditionPatchValidator(TimeProvider clock)
    {
        RuleFor(c => c.ReleasedOn).NotNull().NotInFuture(clock);
        RuleFor(c => c.RetrievedOn).NotInFuture(clock)
            .GreaterThanOrEqualTo(c => c.ReleasedOn).When(c => c.RetrievedOn is not null && c.ReleasedOn is not null).WithMessage("An edition cannot be retrieved before its release.");
        RuleFor(c => c.Notes).MaximumLength(2000);
    }
}

internal sealed record UpdateEditionCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<EditionDetails>;

internal sealed class UpdateEditionCommandHandler(WriteSession write, IValidator<EditionPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateEditionCommand, EditionDetails>
{
    private const string UpdateSql = """
        UPDATE migration_data.editions
        SET released_on = @ReleasedOn, retrieved_on = @RetrievedOn, notes = @Notes, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<EditionDetails> Handle(UpdateEditionCommand command, CancellationToken cancellationToken)
    {
        var before = (await EditionRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var patched = JsonMergePatch.Apply(new EditionPatch(before.ReleasedOn, before.RetrievedOn, before.Notes), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, patched.ReleasedOn, patched.RetrievedOn, patched.Notes, write.Now, write.By },
            before.Version, command.ExpectedVersion, cancellationToken);
        var after = (await EditionRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Edition, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
