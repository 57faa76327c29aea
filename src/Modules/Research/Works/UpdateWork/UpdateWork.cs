using System.Text.Json;
using FluentValidation;
using Iom.Modules.Research.Identifiers;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.Research.Works;

/// <summary>The fields of a work a JSON Merge Patch may correct until it is scheduled; a published work changes through correct or publish-new-edition.</summary>
/// <param name="Title">Title per language.</param>
/// <param name="Subtitle">Subtitle per language; null removes it.</param>
/// <param name="Contributors">Authors, editors and translators, in order (the whole list).</param>
/// <param name="Licence">Its licence; null removes it.</param>
/// <param name="Abstracts">Its abstracts (the whole list), one per language at most.</param>
/// <param name="ProjectId">The research project it comes out of; null takes it out.</param>
/// <param name="Themes">Themes (the whole list).</param>
/// <param name="Countries">Countries covered (the whole list): ISO 3166-1 alpha-3 or alpha-2 or UN M49, kept as alpha-3.</param>
/// <param name="GcmObjectives">GCM objectives, 1 to 23 (the whole list).</param>
/// <param name="ProgrammeYear">The programme it is planned in; null takes it out.</param>
/// <param name="PlannedQuarter">The quarter of that year (1 to 4).</param>
[ValidatedAs(typeof(IWorkFields), MergePatch = true)]
internal sealed record WorkPatch(
    LocalizedText? Title,
    LocalizedText? Subtitle,
    IReadOnlyList<Contributor>? Contributors,
    string? Licence,
    IReadOnlyList<WorkAbstract>? Abstracts,
    Guid? ProjectId,
    IReadOnlyList<string>? Themes,
    IReadOnlyList<string>? Countries,
    IReadOnlyList<int>? GcmObjectives,
    int? ProgrammeYear,
    int? PlannedQuarter) : IWorkFields;

internal sealed record UpdateWorkCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<WorkDetails>;

internal sealed class UpdateWorkCommandHandler(WriteSession write, IValidator<IWorkFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateWorkCommand, WorkDetails>
{
    private const string UpdateSql = """
        UPDATE research.works
        SET title_en = @TitleEn, title_fr = @TitleFr, title_es = @TitleEs, subtitle_en = @SubtitleEn, subtitle_fr = @SubtitleFr, subtitle_es = @SubtitleEs,
            contributors = @Contributors, licence = @Licence, abstracts = @Abstracts, project_id = @ProjectId, themes = @Themes, countries = @Countries, gcm_objectives = @GcmObjectives,
            programme_year = @ProgrammeYear, planned_quarter = @PlannedQuarter,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<WorkDetails> Handle(UpdateWorkCommand command, CancellationToken cancellationToken)
    {
        var before = await WorkReader.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (!WorkRules.Editable.Contains(before.Status))
        {
            throw new ConflictException(
                "Work can no longer be edited", $"The work is '{before.Status.ToText()}'; a published work changes through correct or publish-new-edition.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(new WorkPatch(before.Title, before.Subtitle, before.Contributors, before.Licence, before.Abstracts, before.ProjectId, before.Themes, before.Countries, before.GcmObjectives, before.ProgrammeYear, before.PlannedQuarter), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await WorkChecks.EnsureProjectExistsAsync(write, patched.ProjectId, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, TitleEn = patched.Title!.En, TitleFr = patched.Title.Fr, TitleEs = patched.Title.Es,
            SubtitleEn = patched.Subtitle?.En, SubtitleFr = patched.Subtitle?.Fr, SubtitleEs = patched.Subtitle?.Es,
            Contributors = JsonColumn.Write((patched.Contributors ?? []).Select(c => c with { Orcid = StandardIdentifiers.NormalizeOrcid(c.Orcid) }).ToList()),
            patched.Licence, Abstracts = WorkChecks.AbstractsColumn(patched.Abstracts), patched.ProjectId, Themes = JsonColumn.Write(patched.Themes), Countries = JsonColumn.Write(patched.Countries?.Select(c => Countries.Canonical(c)!).Distinct().ToList()),
            GcmObjectives = JsonColumn.Write(patched.GcmObjectives?.Distinct().Order().ToList()), patched.ProgrammeYear, patched.PlannedQuarter, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await WorkReader.GetAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Work, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
