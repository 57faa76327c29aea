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

namespace Iom.Modules.GoverningBodies.Resolutions;

/// <summary>
/// What a JSON Merge Patch may correct in a resolution until its session's report is adopted: its title. Its number,
/// day and adoption are the record of what the body decided; a wrong one is removed and recorded anew.
/// </summary>
/// <param name="Title">Title per language.</param>
[ValidatedAs(typeof(ResolutionPatch), MergePatch = true)]
internal sealed record ResolutionPatch(LocalizedText? Title);

internal sealed class ResolutionPatchValidator : AbstractValidator<ResolutionPatch>
{
    public ResolutionPatchValidator() => RuleFor(c => c.Title).LocalizedText(required: true);
}

internal sealed record UpdateResolutionCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<ResolutionDetails>;

internal sealed class UpdateResolutionCommandHandler(WriteSession write, IValidator<ResolutionPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateResolutionCommand, ResolutionDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.resolutions
        SET title_en = @TitleEn, title_fr = @TitleFr, title_es = @TitleEs, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ResolutionDetails> Handle(UpdateResolutionCommand command, CancellationToken cancellationToken)
    {
        var before = (await ResolutionRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await ResolutionRules.EnsureOpenAsync(write, before, "corrected", cancellationToken);
        var patched = JsonMergePatch.Apply(new ResolutionPatch(before.Title), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, TitleEn = patched.Title!.En, TitleFr = patched.Title.Fr, TitleEs = patched.Title.Es, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = (await ResolutionRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Resolution, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
