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

namespace Iom.Modules.Research.Projects;

/// <summary>The fields of a project a JSON Merge Patch may correct while it is not completed or cancelled; whether it needs an ethics review is the board's record and does not change here.</summary>
/// <param name="Title">Title per language.</param>
/// <param name="Lead">The researcher who leads it.</param>
/// <param name="Team">Its other researchers (the whole list).</param>
/// <param name="Partners">Partner institutions (the whole list).</param>
/// <param name="Funders">Who funds it (the whole list).</param>
/// <param name="StartDate">When it starts.</param>
/// <param name="EndDate">When it ends; not before the start.</param>
/// <param name="Methods">Its methods, in brief.</param>
/// <param name="Outputs">Planned outputs (the whole list).</param>
/// <param name="GcmObjectives">GCM objectives (1 to 23) it serves.</param>
[ValidatedAs(typeof(IProjectFields), MergePatch = true)]
internal sealed record ProjectPatch(
    LocalizedText? Title,
    string? Lead,
    IReadOnlyList<string>? Team,
    IReadOnlyList<string>? Partners,
    IReadOnlyList<string>? Funders,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Methods,
    IReadOnlyList<string>? Outputs,
    IReadOnlyList<int>? GcmObjectives) : IProjectFields;

internal sealed record UpdateProjectCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<ProjectDetails>;

internal sealed class UpdateProjectCommandHandler(WriteSession write, IValidator<IProjectFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateProjectCommand, ProjectDetails>
{
    private const string UpdateSql = """
        UPDATE research.projects
        SET title_en = @TitleEn, title_fr = @TitleFr, title_es = @TitleEs, lead = @Lead, team = @Team, partners = @Partners, funders = @Funders,
            start_date = @StartDate, end_date = @EndDate, methods = @Methods, outputs = @Outputs, gcm_objectives = @GcmObjectives,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ProjectDetails> Handle(UpdateProjectCommand command, CancellationToken cancellationToken)
    {
        var before = (await ProjectRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status is ProjectStatus.Completed or ProjectStatus.Cancelled)
        {
            throw new ConflictException("Project can no longer be edited", $"The project is '{before.Status.ToText()}'; its record is final.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(new ProjectPatch(before.Title, before.Lead, before.Team, before.Partners, before.Funders, before.StartDate, before.EndDate, before.Methods, before.Outputs, before.GcmObjectives), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, TitleEn = patched.Title!.En, TitleFr = patched.Title.Fr, TitleEs = patched.Title.Es, patched.Lead,
            Team = JsonColumn.Write(patched.Team), Partners = JsonColumn.Write(patched.Partners), Funders = JsonColumn.Write(patched.Funders),
            patched.StartDate, patched.EndDate, patched.Methods, Outputs = JsonColumn.Write(patched.Outputs),
            GcmObjectives = JsonColumn.Write(patched.GcmObjectives?.Distinct().Order().ToList()), write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = (await ProjectRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Project, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
