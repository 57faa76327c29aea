using System.Globalization;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>
/// A document's way through the conference services: the author submits it, editors finish it, translators and revisers
/// bring each language version to final, and it is issued. The steps people take are actions; where a document past
/// editing stands (edited, in translation, ready) follows from its language versions.
/// </summary>
internal static class DocumentPipeline
{
    public static readonly StateMachine<DocumentStatus> Machine = new StateMachine<DocumentStatus>("document")
        .Allow("submit", DocumentStatus.Submitted, DocumentStatus.Draft)
        .Allow("return", DocumentStatus.Draft, DocumentStatus.Submitted)
        .Allow("finish-editing", DocumentStatus.Edited, DocumentStatus.Submitted)
        .Allow("issue", DocumentStatus.Issued, DocumentStatus.Ready);

    /// <summary>The states in which a final language version may be issued on its own (an advance version).</summary>
    public static readonly DocumentStatus[] Issuable = [DocumentStatus.Edited, DocumentStatus.InTranslation, DocumentStatus.Ready, DocumentStatus.Issued];

    private const string StatusSql = "SELECT status FROM governing_bodies.documents WHERE id = @Id";
    private const string LanguagesSql = "SELECT status FROM governing_bodies.document_languages WHERE document_id = @Id";
    private const string SetStatusSql = "UPDATE governing_bodies.documents SET status = @Status WHERE id = @Id";

    /// <summary>Where a document stands given its stored status and its language versions' states.</summary>
    public static DocumentStatus Phase(DocumentStatus stored, IReadOnlyCollection<LanguageVersionStatus> versions)
    {
        if (stored is not (DocumentStatus.Edited or DocumentStatus.InTranslation or DocumentStatus.Ready))
        {
            return stored;
        }

        if (versions.All(v => v is LanguageVersionStatus.Final or LanguageVersionStatus.Issued))
        {
            return DocumentStatus.Ready;
        }

        return versions.Any(v => v is LanguageVersionStatus.InTranslation or LanguageVersionStatus.InRevision)
            ? DocumentStatus.InTranslation
            : DocumentStatus.Edited;
    }

    /// <summary>Moves the document to where its language versions now put it (within the same write).</summary>
    public static async Task RefreshAsync(WriteSession write, Guid documentId, CancellationToken cancellationToken)
    {
        var stored = await write.QuerySingleOrDefaultAsync<string>(StatusSql, new { Id = documentId }, cancellationToken);
        if (stored is null)
        {
            return;
        }

        var versions = (await write.QueryAsync<string>(LanguagesSql, new { Id = documentId }, cancellationToken)).Select(EnumText.Parse<LanguageVersionStatus>).ToList();
        var current = EnumText.Parse<DocumentStatus>(stored);
        var next = Phase(current, versions);
        if (next != current)
        {
            await write.ExecuteAsync(SetStatusSql, new { Id = documentId, Status = next.ToText() }, cancellationToken);
            await write.RecordChangesAsync(AuditedEntities.Document, documentId, "pipeline", [new AuditChange("status", stored, next.ToText())], cancellationToken);
        }
    }
}

/// <summary>
/// Job numbers as the UN's conference services write them: the document's is the year of submission and a running number
/// within it (24-00012); a language version's is that number and the language's letter (00012F for French).
/// </summary>
internal static class JobNumbers
{
    // gDoc's language ids; a language without one carries its ISO 639-1 code in capitals (00012PT).
    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["ar"] = "A",
        ["zh"] = "C",
        ["en"] = "E",
        ["fr"] = "F",
        ["ru"] = "R",
        ["es"] = "S",
        ["de"] = "G",
    };

    public static string? ForDocument(int? year, int? sequence) =>
        year is { } y && sequence is { } n ? $"{(y % 100).ToString("00", CultureInfo.InvariantCulture)}-{Number(n)}" : null;

    public static string? ForLanguage(int? sequence, string language) =>
        sequence is { } n ? Number(n) + (Letters.TryGetValue(language, out var letter) ? letter : language.ToUpperInvariant()) : null;

    private static string Number(int sequence) => sequence.ToString("00000", CultureInfo.InvariantCulture);
}
