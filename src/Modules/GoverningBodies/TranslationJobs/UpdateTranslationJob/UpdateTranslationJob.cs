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

namespace Iom.Modules.GoverningBodies.TranslationJobs;

/// <summary>
/// What a JSON Merge Patch may correct in an open translation job: when it is due, its word count and who does it. Its
/// document and languages are what was asked for; a wrong one is cancelled and requested anew.
/// </summary>
/// <param name="DueOn">When it is due.</param>
/// <param name="WordCount">Words to translate; null when not counted.</param>
/// <param name="Assignee">Translator or unit it is assigned to; null to unassign.</param>
[ValidatedAs(typeof(TranslationJobPatch), MergePatch = true)]
internal sealed record TranslationJobPatch(DateOnly? DueOn, int? WordCount, string? Assignee);

internal sealed class TranslationJobPatchValidator : AbstractValidator<TranslationJobPatch>
{
    public TranslationJobPatchValidator()
    {
        RuleFor(c => c.DueOn).NotNull();
        RuleFor(c => c.WordCount).InclusiveBetween(1, 1_000_000).When(c => c.WordCount is not null);
        RuleFor(c => c.Assignee).MaximumLength(200);
    }
}

internal sealed record UpdateTranslationJobCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<TranslationJobDetails>;

internal sealed class UpdateTranslationJobCommandHandler(WriteSession write, ICurrentUser user, IValidator<TranslationJobPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateTranslationJobCommand, TranslationJobDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.translation_jobs
        SET due_on = @DueOn, word_count = @WordCount, assignee = @Assignee, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<TranslationJobDetails> Handle(UpdateTranslationJobCommand command, CancellationToken cancellationToken)
    {
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        var before = (await TranslationJobRow.GetAsync(write, command.Id, seeRestricted, cancellationToken)).ToResponse(write.Today);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status is not (TranslationJobStatus.Requested or TranslationJobStatus.InProgress))
        {
            throw new ConflictException("Translation job is closed", $"The job is '{before.Status.ToText()}'; only an open job can be corrected.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(new TranslationJobPatch(before.DueOn, before.WordCount, before.Assignee), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        if (patched.DueOn != before.DueOn && patched.DueOn < before.RequestedOn)
        {
            throw Invalid.Field("dueOn", $"The job was requested on {before.RequestedOn:yyyy-MM-dd}; it cannot be due before that.");
        }

        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, patched.DueOn, patched.WordCount, patched.Assignee, write.Now, write.By },
            before.Version, command.ExpectedVersion, cancellationToken);
        var after = (await TranslationJobRow.GetAsync(write, command.Id, seeRestricted, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.TranslationJob, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
