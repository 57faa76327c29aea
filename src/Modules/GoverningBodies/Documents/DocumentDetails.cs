using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>An official document: one symbol shared by all its language versions.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Symbol">The normalised official symbol.</param>
/// <param name="Type">What kind of document it is.</param>
/// <param name="Distribution">General, limited or restricted.</param>
/// <param name="OriginalLanguage">The language it was written in.</param>
/// <param name="Title">Title per language.</param>
/// <param name="SessionId">The session it belongs to, if any.</param>
/// <param name="Status">draft → submitted → edited → inTranslation → ready → issued.</param>
/// <param name="JobNumber">Given at submission: the year and a running number (24-00012).</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="AgendaItemIds">The agenda items it is registered under.</param>
/// <param name="Languages">Each language version and its status.</param>
/// <param name="Supersedes">Earlier revisions this one replaces, newest first.</param>
/// <param name="SupersededBy">The latest revision, when this one has been replaced.</param>
/// <param name="Corrects">For a corrigendum: the symbol it corrects.</param>
/// <param name="Corrigenda">Corrigenda issued against this document, with the languages each covers.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was registered.</param>
/// <param name="CreatedBy">Who registered it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record DocumentDetails(
    Guid Id,
    string Symbol,
    DocumentType Type,
    Distribution Distribution,
    string OriginalLanguage,
    LocalizedText Title,
    Guid? SessionId,
    DocumentStatus Status,
    string? JobNumber,
    IReadOnlyList<string> AllowedActions,
    IReadOnlyList<Guid> AgendaItemIds,
    IReadOnlyList<LanguageVersion> Languages,
    IReadOnlyList<string> Supersedes,
    string? SupersededBy,
    string? Corrects,
    IReadOnlyList<Corrigendum> Corrigenda,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

/// <summary>One language version of a document.</summary>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="Status">requested → inTranslation → inRevision → final → issued.</param>
/// <param name="JobNumber">The document's job number and the language's letter (00012F), once the document has one.</param>
/// <param name="AvailableAt">When its final text became available.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="File">Its file, once uploaded (PUT …/languages/{language}/file).</param>
internal sealed record LanguageVersion(string Language, LanguageVersionStatus Status, string? JobNumber, DateTimeOffset? AvailableAt, DateTimeOffset? IssuedAt, DocumentFile? File)
{
    /// <summary>Whether its final text exists, so that it can be translated from or issued.</summary>
    public bool HasText => Status is LanguageVersionStatus.Final or LanguageVersionStatus.Issued;
}

/// <summary>A corrigendum and the language versions it covers (a corrigendum may not apply to every language).</summary>
/// <param name="Id">The corrigendum's document id.</param>
/// <param name="Symbol">Its symbol.</param>
/// <param name="Languages">The languages it covers.</param>
internal sealed record Corrigendum(Guid Id, string Symbol, IReadOnlyList<string> Languages);

/// <summary>A document in a list.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Symbol">The normalised official symbol.</param>
/// <param name="Type">What kind of document it is.</param>
/// <param name="Distribution">General, limited or restricted.</param>
/// <param name="OriginalLanguage">The language it was written in.</param>
/// <param name="Title">Title per language.</param>
/// <param name="SessionId">The session it belongs to, if any.</param>
/// <param name="Status">draft → submitted → edited → inTranslation → ready → issued.</param>
/// <param name="JobNumber">Given at submission (24-00012).</param>
/// <param name="Languages">Each language version and its status.</param>
/// <param name="Version">Bumped on every change.</param>
/// <param name="UpdatedAt">When it last changed.</param>
internal sealed record DocumentSummary(
    Guid Id,
    string Symbol,
    DocumentType Type,
    Distribution Distribution,
    string OriginalLanguage,
    LocalizedText Title,
    Guid? SessionId,
    DocumentStatus Status,
    string? JobNumber,
    IReadOnlyList<LanguageVersion> Languages,
    int Version,
    DateTimeOffset UpdatedAt);
