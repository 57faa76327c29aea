using FluentValidation;
using Iom.Modules.Research.Identifiers;
using Iom.Modules.Research.Series;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.Research.Works;

/// <summary>Propose a publication for the programme.</summary>
/// <param name="PublicationCode">IOM's publication code (PUB2024/012/EL): capital letters, digits, '/', '.', '_' and '-'; unique.</param>
/// <param name="Type">What kind of publication it is.</param>
/// <param name="SeriesId">The series it belongs to.</param>
/// <param name="SeriesNumber">Its number in the series; unique within the series.</param>
/// <param name="Title">Title per language.</param>
/// <param name="Subtitle">Subtitle per language.</param>
/// <param name="OriginalLanguage">The language it is written in (ISO 639-1).</param>
/// <param name="Contributors">Authors, editors and translators, in order.</param>
/// <param name="Licence">Its licence.</param>
/// <param name="Abstracts">Its abstracts, one per language at most.</param>
/// <param name="ProjectId">The research project it comes out of; its funders are the work's.</param>
/// <param name="PeerReview">Its peer-review model; none lets it go from preparation straight to copy-editing.</param>
/// <param name="Themes">Themes.</param>
/// <param name="Countries">Countries covered: ISO 3166-1 alpha-3 or alpha-2 or UN M49, kept as alpha-3.</param>
/// <param name="GcmObjectives">Objectives of the Global Compact for Migration (1 to 23).</param>
/// <param name="ProgrammeYear">The publication programme it is planned in.</param>
/// <param name="PlannedQuarter">The quarter of that year it is planned for (1 to 4).</param>
internal sealed record CreateWorkCommand(
    string? PublicationCode,
    WorkType? Type,
    Guid? SeriesId,
    string? SeriesNumber,
    LocalizedText? Title,
    LocalizedText? Subtitle,
    string? OriginalLanguage,
    IReadOnlyList<Contributor>? Contributors,
    string? Licence,
    IReadOnlyList<WorkAbstract>? Abstracts,
    Guid? ProjectId,
    PeerReviewModel? PeerReview,
    IReadOnlyList<string>? Themes,
    IReadOnlyList<string>? Countries,
    IReadOnlyList<int>? GcmObjectives,
    int? ProgrammeYear,
    int? PlannedQuarter) : ICommand<WorkDetails>, IWorkFields;

internal sealed class CreateWorkCommandValidator : AbstractValidator<CreateWorkCommand>
{
    public CreateWorkCommandValidator()
    {
        RuleFor(c => c.PublicationCode).NotEmpty().MaximumLength(40).Matches("^[A-Z0-9][A-Z0-9/._-]*$")
            .WithMessage("Use capital letters, digits, '/', '.', '_' and '-', as in PUB2024/012/EL.");
        RuleFor(c => c.Type).NotNull().IsInEnum();
        RuleFor(c => c.SeriesNumber).MaximumLength(20);
        RuleFor(c => c.SeriesNumber).Null().When(c => c.SeriesId is null).WithMessage("A series number needs a series.");
        RuleFor(c => c.OriginalLanguage).NotEmpty().LanguageCode();
        RuleFor(c => c.PeerReview).IsInEnum();
        Include(new WorkFieldsValidator());
    }
}

internal sealed class CreateWorkCommandHandler(WriteSession write)
    : ICommandHandler<CreateWorkCommand, WorkDetails>
{
    private const string CodeTakenSql = "SELECT COUNT(*) FROM research.works WHERE publication_code = @PublicationCode";
    private const string NumberTakenSql = "SELECT COUNT(*) FROM research.works WHERE series_id = @SeriesId AND series_number = @SeriesNumber";

    private const string InsertSql = """
        INSERT INTO research.works
            (id, publication_code, type, series_id, series_number, title_en, title_fr, title_es, subtitle_en, subtitle_fr, subtitle_es,
             original_language, contributors, licence, abstracts, project_id, peer_review, themes, countries, gcm_objectives, programme_year, planned_quarter,
             published_on, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @PublicationCode, @Type, @SeriesId, @SeriesNumber, @TitleEn, @TitleFr, @TitleEs, @SubtitleEn, @SubtitleFr, @SubtitleEs,
             @OriginalLanguage, @Contributors, @Licence, @Abstracts, @ProjectId, @PeerReview, @Themes, @Countries, @GcmObjectives, @ProgrammeYear, @PlannedQuarter,
             NULL, @Status, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<WorkDetails> Handle(CreateWorkCommand command, CancellationToken cancellationToken)
    {
        command = command with { OriginalLanguage = Languages.Normalize(command.OriginalLanguage) };
        if (command.SeriesId is { } seriesId && await SeriesRow.FindAsync(write, seriesId, cancellationToken) is null)
        {
            throw Invalid.Field("seriesId", $"No series has the id {seriesId}.");
        }

        await WorkChecks.EnsureProjectExistsAsync(write, command.ProjectId, cancellationToken);
        if (await write.QuerySingleOrDefaultAsync<long>(CodeTakenSql, new { command.PublicationCode }, cancellationToken) > 0)
        {
            throw new DuplicateException("work", "publicationCode", command.PublicationCode!);
        }

        if (command.SeriesNumber is not null
            && await write.QuerySingleOrDefaultAsync<long>(NumberTakenSql, new { command.SeriesId, command.SeriesNumber }, cancellationToken) > 0)
        {
            throw new DuplicateException("work", "seriesNumber", command.SeriesNumber);
        }

        var id = write.NewId();
        var contributors = (command.Contributors ?? []).Select(c => c with { Orcid = StandardIdentifiers.NormalizeOrcid(c.Orcid) }).ToList();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            command.PublicationCode,
            Type = command.Type!.Value.ToText(),
            command.SeriesId,
            command.SeriesNumber,
            TitleEn = command.Title!.En,
            TitleFr = command.Title.Fr,
            TitleEs = command.Title.Es,
            SubtitleEn = command.Subtitle?.En,
            SubtitleFr = command.Subtitle?.Fr,
            SubtitleEs = command.Subtitle?.Es,
            command.OriginalLanguage,
            Contributors = JsonColumn.Write(contributors),
            command.Licence,
            Abstracts = WorkChecks.AbstractsColumn(command.Abstracts),
            command.ProjectId,
            PeerReview = (command.PeerReview ?? PeerReviewModel.External).ToText(),
            Themes = JsonColumn.Write(command.Themes),
            Countries = JsonColumn.Write(command.Countries?.Select(c => Countries.Canonical(c)!).Distinct().ToList()),
            GcmObjectives = JsonColumn.Write(command.GcmObjectives?.Distinct().Order().ToList()),
            command.ProgrammeYear,
            command.PlannedQuarter,
            Status = WorkStatus.Proposed.ToText(),
            write.Now,
            write.By,
        }, cancellationToken);
        await Clearances.OpenAllAsync(write, id, cancellationToken);
        var work = await WorkReader.GetAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Work, id, "create", null, work, cancellationToken);
        return work;
    }
}
