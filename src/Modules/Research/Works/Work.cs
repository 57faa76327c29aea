using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.Research.Works;

internal enum WorkType
{
    FlagshipReport,
    Report,
    Book,
    Chapter,
    PolicyBrief,
    CountryProfile,
    Glossary,
    WorkingPaper,
    DataBulletin,
}

internal enum PeerReviewModel
{
    None,
    Internal,
    External,
    DoubleBlind,
}

internal enum ContributorRole
{
    Author,
    Editor,
    Translator,
}

internal enum WorkStatus
{
    Proposed,
    ApprovedForProgramme,
    Rejected,
    InPreparation,
    InReview,
    Revisions,
    CopyEditing,
    Layout,
    Clearance,
    Scheduled,
    Published,
    Corrected,
    NewEdition,
    Withdrawn,
}

internal static class WorkRules
{
    /// <summary>The states in which a work's descriptive fields may still be corrected by PATCH.</summary>
    public static readonly WorkStatus[] Editable =
    [
        WorkStatus.Proposed, WorkStatus.ApprovedForProgramme, WorkStatus.InPreparation, WorkStatus.InReview, WorkStatus.Revisions,
        WorkStatus.CopyEditing, WorkStatus.Layout, WorkStatus.Clearance,
    ];

    public static readonly StateMachine<WorkStatus> Machine = new StateMachine<WorkStatus>("work")
        .Allow("approve", WorkStatus.ApprovedForProgramme, WorkStatus.Proposed)
        .Allow("reject", WorkStatus.Rejected, WorkStatus.Proposed)
        .Allow("start-preparation", WorkStatus.InPreparation, WorkStatus.ApprovedForProgramme)
        .Allow("submit-for-review", WorkStatus.InReview, WorkStatus.InPreparation)
        .Allow("request-revisions", WorkStatus.Revisions, WorkStatus.InReview)
        .Allow("resubmit", WorkStatus.InReview, WorkStatus.Revisions)
        .Allow("send-to-copy-editing", WorkStatus.CopyEditing, WorkStatus.InPreparation, WorkStatus.InReview, WorkStatus.Revisions)
        .Allow("send-to-layout", WorkStatus.Layout, WorkStatus.CopyEditing)
        .Allow("send-to-clearance", WorkStatus.Clearance, WorkStatus.Layout)
        .Allow("schedule", WorkStatus.Scheduled, WorkStatus.Clearance)
        .Allow("publish", WorkStatus.Published, WorkStatus.Scheduled)
        .Allow("correct", WorkStatus.Corrected, WorkStatus.Published, WorkStatus.Corrected)
        .Allow("publish-new-edition", WorkStatus.NewEdition, WorkStatus.Published, WorkStatus.Corrected)
        .Allow("withdraw", WorkStatus.Withdrawn, WorkStatus.Published, WorkStatus.Corrected);

    /// <summary>Statuses in which the work has been published (and stays citable).</summary>
    public static bool IsPublished(WorkStatus status) => status is WorkStatus.Published or WorkStatus.Corrected or WorkStatus.NewEdition or WorkStatus.Withdrawn;

    /// <summary>Statuses in which no translation can be started: not yet approved, or set aside.</summary>
    public static bool IsClosedToTranslation(WorkStatus status) => status is WorkStatus.Proposed or WorkStatus.Rejected or WorkStatus.Withdrawn;
}

/// <summary>A person who contributed to a work.</summary>
/// <param name="GivenName">Given name(s).</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="Role">author, editor or translator.</param>
/// <param name="Orcid">ORCID iD (0000-0002-1825-0097), check character verified.</param>
/// <param name="Affiliation">Institution.</param>
internal sealed record Contributor(string? GivenName, string? FamilyName, ContributorRole? Role, string? Orcid, string? Affiliation);

/// <summary>A work's abstract in one language.</summary>
/// <param name="Language">Its language (ISO 639-1).</param>
/// <param name="Text">The abstract, plain text.</param>
internal sealed record WorkAbstract(string? Language, string? Text);

/// <summary>A publication: the work, whatever its languages and formats (those are its manifestations).</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="PublicationCode">IOM's publication code (PUB2024/012/EL), unique.</param>
/// <param name="Type">What kind of publication it is.</param>
/// <param name="SeriesId">The series it belongs to.</param>
/// <param name="SeriesNumber">Its number in the series.</param>
/// <param name="Title">Title per language.</param>
/// <param name="Subtitle">Subtitle per language.</param>
/// <param name="OriginalLanguage">The language it is written in (ISO 639-1).</param>
/// <param name="Contributors">Authors, editors and translators, in order.</param>
/// <param name="Licence">Its licence (CC BY-NC-ND 3.0 IGO).</param>
/// <param name="Abstracts">Its abstracts, one per language at most.</param>
/// <param name="ProjectId">The research project it comes out of; its funders are the work's.</param>
/// <param name="PeerReview">Its peer-review model.</param>
/// <param name="Themes">Themes.</param>
/// <param name="Countries">Countries covered (ISO 3166-1 alpha-3).</param>
/// <param name="GcmObjectives">Objectives of the Global Compact for Migration (1 to 23).</param>
/// <param name="ProgrammeYear">The publication programme it is planned in.</param>
/// <param name="PlannedQuarter">The quarter of that year it is planned for (1 to 4).</param>
/// <param name="PublishedOn">When it was published.</param>
/// <param name="Status">Its stage in the editorial workflow.</param>
/// <param name="Clearances">Its clearance checks; all must pass (or not apply) before it is published.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was proposed.</param>
/// <param name="CreatedBy">Who proposed it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record WorkDetails(
    Guid Id,
    string PublicationCode,
    WorkType Type,
    Guid? SeriesId,
    string? SeriesNumber,
    LocalizedText Title,
    LocalizedText? Subtitle,
    string OriginalLanguage,
    IReadOnlyList<Contributor> Contributors,
    string? Licence,
    IReadOnlyList<WorkAbstract> Abstracts,
    Guid? ProjectId,
    PeerReviewModel PeerReview,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Countries,
    IReadOnlyList<int> GcmObjectives,
    int? ProgrammeYear,
    int? PlannedQuarter,
    DateOnly? PublishedOn,
    WorkStatus Status,
    IReadOnlyList<ClearanceDetails> Clearances,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;
