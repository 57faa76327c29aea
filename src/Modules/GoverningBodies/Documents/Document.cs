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

/// <summary>The state of one language version of a document.</summary>
internal enum LanguageVersionStatus
{
    /// <summary>Expected, no translation under way.</summary>
    Pending,

    /// <summary>A translation job is open for it.</summary>
    InTranslation,

    /// <summary>The text exists: the original, or a delivered translation.</summary>
    Available,

    /// <summary>Issued to the body's members: final.</summary>
    Issued,
}
