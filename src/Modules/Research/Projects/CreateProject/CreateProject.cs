using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.Research.Projects;

/// <summary>Propose a research project.</summary>
/// <param name="Title">Title per language.</param>
/// <param name="Lead">The researcher who leads it.</param>
/// <param name="Team">Its other researchers.</param>
/// <param name="Partners">Partner institutions.</param>
/// <param name="Funders">Who funds it.</param>
/// <param name="StartDate">When it starts.</param>
/// <param name="EndDate">When it ends; not before the start.</param>
/// <param name="Methods">Its methods, in brief.</param>
/// <param name="EthicsReviewRequired">Whether it needs an ethics review (research with human participants does).</param>
/// <param name="Outputs">Planned outputs.</param>
/// <param name="GcmObjectives">Objectives of the Global Compact for Migration (1 to 23) it serves.</param>
internal sealed record CreateProjectCommand(
    LocalizedText? Title,
    string? Lead,
    IReadOnlyList<string>? Team,
    IReadOnlyList<string>? Partners,
    IReadOnlyList<string>? Funders,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Methods,
    bool EthicsReviewRequired,
    IReadOnlyList<string>? Outputs,
    IReadOnlyList<int>? GcmObjectives) : ICommand<ProjectDetails>, IProjectFields;

internal sealed class CreateProjectCommandValidator : AbstractValidator<CreateProjectCommand>
{
    public CreateProjectCommandValidator()
    {
        Include(new ProjectFieldsValidator());
    }
}

internal sealed class CreateProjectCommandHandler(WriteSession write)
    : ICommandHandler<CreateProjectCommand, ProjectDetails>
{
    private const string InsertSql = """
        INSERT INTO research.projects
            (id, title_en, title_fr, title_es, lead, team, partners, funders, start_date, end_date, methods, ethics_required,
             ethics_status, ethics_reference, outputs, gcm_objectives, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @TitleEn, @TitleFr, @TitleEs, @Lead, @Team, @Partners, @Funders, @StartDate, @EndDate, @Methods, @EthicsRequired,
             @EthicsStatus, NULL, @Outputs, @GcmObjectives, @Status, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<ProjectDetails> Handle(CreateProjectCommand command, CancellationToken cancellationToken)
    {
        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            TitleEn = command.Title!.En,
            TitleFr = command.Title.Fr,
            TitleEs = command.Title.Es,
            command.Lead,
            Team = JsonColumn.Write(command.Team),
            Partners = JsonColumn.Write(command.Partners),
            Funders = JsonColumn.Write(command.Funders),
            command.StartDate,
            command.EndDate,
            command.Methods,
            EthicsRequired = command.EthicsReviewRequired,
            EthicsStatus = (command.EthicsReviewRequired ? EthicsReviewStatus.Pending : EthicsReviewStatus.NotRequired).ToText(),
            Outputs = JsonColumn.Write(command.Outputs),
            GcmObjectives = JsonColumn.Write(command.GcmObjectives?.Distinct().Order().ToList()),
            Status = ProjectStatus.Proposed.ToText(),
            write.Now,
            write.By,
        }, cancellationToken);
        var project = (await ProjectRow.GetAsync(write, id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Project, id, "create", null, project, cancellationToken);
        return project;
    }
}
