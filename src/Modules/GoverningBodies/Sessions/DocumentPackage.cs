using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>A session's document package: every issued language version of its documents, by symbol.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="SymbolPrefix">Prefix of its documents' symbols.</param>
/// <param name="Documents">Its documents with at least one issued language version (restricted ones only for governing-bodies:restricted).</param>
internal sealed record DocumentPackage(Guid SessionId, string? SymbolPrefix, IReadOnlyList<PackageDocument> Documents);

/// <summary>A document in the package.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Symbol">Its symbol.</param>
/// <param name="Title">Its title in the official languages.</param>
/// <param name="Distribution">general, limited or restricted.</param>
/// <param name="Languages">Its issued language versions.</param>
internal sealed record PackageDocument(Guid DocumentId, string Symbol, LocalizedText Title, string Distribution, IReadOnlyList<PackageLanguage> Languages);

/// <summary>An issued language version in the package.</summary>
/// <param name="Language">ISO 639-1.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="FileName">Its file's name (and its name in the zip), if it has a file.</param>
/// <param name="Size">Its file's bytes.</param>
/// <param name="Sha256">Its file's SHA-256.</param>
internal sealed record PackageLanguage(string Language, DateTimeOffset? IssuedAt, string? FileName, long? Size, string? Sha256);

internal static class DocumentPackages
{
    private const string IssuedSql = """
        SELECT d.id AS DocumentId, d.symbol, d.title_en AS TitleEn, d.title_fr AS TitleFr, d.title_es AS TitleEs, d.distribution,
               l.language, l.issued_at AS IssuedAt, f.file_name AS FileName, f.size_bytes AS Size, f.sha256, f.storage_key AS StorageKey
        FROM governing_bodies.documents d
        JOIN governing_bodies.document_languages l ON l.document_id = d.id AND l.status = 'issued'
        LEFT JOIN governing_bodies.document_files f ON f.document_id = l.document_id AND f.language = l.language
        WHERE d.session_id = @SessionId AND (d.distribution <> 'restricted' OR @SeeRestricted = 1)
        ORDER BY d.symbol_sort, d.id, l.language
        """;

    public static async Task<List<PackageRow>> RowsAsync(IDbSession db, Guid sessionId, bool seeRestricted, CancellationToken cancellationToken) =>
        (await db.QueryAsync<PackageRow>(IssuedSql, new { SessionId = sessionId, SeeRestricted = seeRestricted }, cancellationToken)).ToList();

    public static DocumentPackage Build(SessionRow session, IReadOnlyList<PackageRow> rows) => new(
        session.Id, session.SymbolPrefix,
        rows.GroupBy(r => r.DocumentId).Select(g =>
        {
            var first = g.First();
            return new PackageDocument(first.DocumentId, first.Symbol, new LocalizedText(first.TitleEn, first.TitleFr, first.TitleEs), first.Distribution,
                g.Select(r => new PackageLanguage(r.Language, r.IssuedAt, r.FileName, r.Size, r.Sha256?.Trim())).ToList());
        }).ToList());
}

internal sealed class PackageRow
{
    public Guid DocumentId { get; set; }
    public string Symbol { get; set; } = string.Empty;
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEs { get; set; }
    public string Distribution { get; set; } = string.Empty;
    public string Language { get; set; } = string.Empty;
    public DateTimeOffset? IssuedAt { get; set; }
    public string? FileName { get; set; }
    public long? Size { get; set; }
    public string? Sha256 { get; set; }
    public string? StorageKey { get; set; }
}
