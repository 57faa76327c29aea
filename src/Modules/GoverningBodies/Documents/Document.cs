namespace Iom.Modules.GoverningBodies.Documents;

internal enum DocumentType
{
    ProvisionalAgenda,
    Agenda,
    ProgrammeOfWork,
    Report,
    DraftReport,
    DraftResolution,
    Resolution,
    InformationNote,
    ConferenceRoomPaper,
    Statement,
    ListOfParticipants,
    FinancialReport,
    ProgrammeAndBudget,
    Other,
}

internal enum Distribution
{
    General,
    Limited,
    Restricted,
}

/// <summary>Where a document stands in the conference services' pipeline.</summary>
internal enum DocumentStatus
{
    /// <summary>Registered; its author is writing it.</summary>
    Draft,

    /// <summary>Submitted for processing (it has a job number); being edited.</summary>
    Submitted,

    /// <summary>Editing finished: the original is final and can be translated from.</summary>
    Edited,

    /// <summary>At least one language version is being translated or revised.</summary>
    InTranslation,

    /// <summary>Every language version is final: ready to issue.</summary>
    Ready,

    /// <summary>Issued in at least one language; later language versions are issued as they become final.</summary>
    Issued,
}

/// <summary>The state of one language version of a document.</summary>
internal enum LanguageVersionStatus
{
    /// <summary>Owed: the original while the document is a draft, a translation not yet under way.</summary>
    Requested,

    /// <summary>A translation job is open for it.</summary>
    InTranslation,

    /// <summary>The text is being revised: the original under editing, a delivered translation under revision.</summary>
    InRevision,

    /// <summary>The final text exists: it can be issued, and translated from.</summary>
    Final,

    /// <summary>Issued to the body's members.</summary>
    Issued,
}
