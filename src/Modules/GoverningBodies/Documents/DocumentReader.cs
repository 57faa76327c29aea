using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Documents;

internal sealed class DocumentRow
{
    public const string SelectFrom = """
        SELECT d.id, d.symbol, d.symbol_sort, d.chain_symbol, d.revision, d.corrigendum, d.session_id, d.type, d.distribution,
               d.original_language, d.title_en, d.title_fr, d.title_es, d.status, d.job_year, d.job_sequence,
               d.version, d.created_at, d.created_by, d.updated_at, d.updated_by
        FROM governing_bodies.documents d
        """;

    public Guid Id { get; set; }
    public string Symbol { get; set; } = string.Empty;
    public string SymbolSort { get; set; } = string.Empty;
    public string ChainSymbol { get; set; } = string.Empty;
    public int Revision { get; set; }
    public int Corrigendum { get; set; }
    public Guid? SessionId { get; set; }
    public DocumentType Type { get; set; }
    public Distribution Distribution { get; set; }
    public string OriginalLanguage { get; set; } = string.Empty;
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEs { get; set; }
    public DocumentStatus Status { get; set; }
    public int? JobYear { get; set; }
    public int? JobSequence { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public LocalizedText Title => new(TitleEn, TitleFr, TitleEs);

    public string? JobNumber => JobNumbers.ForDocument(JobYear, JobSequence);
}

internal sealed class LanguageRow
{
    public Guid DocumentId { get; set; }
    public string Language { get; set; } = string.Empty;
    public LanguageVersionStatus Status { get; set; }
    public DateTimeOffset? AvailableAt { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public string? FileName { get; set; }
    public string? MediaType { get; set; }
    public long? SizeBytes { get; set; }
    public string? Sha256 { get; set; }
    public int? Pages { get; set; }
    public int? Words { get; set; }
    public DateTimeOffset? UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
    public int? JobSequence { get; set; }

    public LanguageVersion ToResponse() => new(
        Language, Status, JobNumbers.ForLanguage(JobSequence, Language), AvailableAt, IssuedAt,
        FileName is null ? null : new DocumentFile(FileName, MediaType!, SizeBytes!.Value, Sha256!.Trim(), Pages, Words, UploadedAt!.Value, UploadedBy!));
}

/// <summary>Reads documents with their language versions and their place in a Rev./Corr. chain.</summary>
internal static class DocumentReader
{
    /// <summary>Restricted documents exist only for callers with the restricted scope: absent from every read, 404 by id.</summary>
    public const string Visible = "(d.distribution <> 'restricted' OR @SeeRestricted = 1)";

    private const string ById = DocumentRow.SelectFrom + " WHERE d.id = @Id AND " + Visible;
    private const string BySymbol = DocumentRow.SelectFrom + " WHERE d.symbol = @Symbol AND " + Visible;
    private const string Chain = DocumentRow.SelectFrom + " WHERE d.chain_symbol = @ChainSymbol AND " + Visible;

    private const string LanguagesSql = """
        SELECT l.document_id, l.language, l.status, l.available_at, l.issued_at,
               f.file_name, f.media_type, f.size_bytes, f.sha256, f.pages, f.words, f.uploaded_at, f.uploaded_by, d.job_sequence
        FROM governing_bodies.document_languages l
        JOIN governing_bodies.documents d ON d.id = l.document_id
        LEFT JOIN governing_bodies.document_files f ON f.document_id = l.document_id AND f.language = l.language
        WHERE l.document_id IN @Ids ORDER BY l.language
        """;

    private const string AgendaItemsSql = "SELECT agenda_item_id FROM governing_bodies.agenda_item_documents WHERE document_id = @Id";

    public static async Task<DocumentRow> GetRowAsync(IDbSession db, Guid id, bool seeRestricted, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<DocumentRow>(ById, new { Id = id, SeeRestricted = seeRestricted }, cancellationToken)
        ?? throw new NotFoundException("document", id);

    public static Task<DocumentRow?> FindBySymbolAsync(IDbSession db, string symbol, bool seeRestricted, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<DocumentRow>(BySymbol, new { Symbol = symbol, SeeRestricted = seeRestricted }, cancellationToken);

    public static async Task<List<DocumentRow>> ChainAsync(IDbSession db, string chainSymbol, bool seeRestricted, CancellationToken cancellationToken) =>
        (await db.QueryAsync<DocumentRow>(Chain, new { ChainSymbol = chainSymbol, SeeRestricted = seeRestricted }, cancellationToken)).ToList();

    public static async Task<ILookup<Guid, LanguageVersion>> LanguagesAsync(
        IDbSession db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<LanguageRow>().ToLookup(r => r.DocumentId, r => r.ToResponse());
        }

        var rows = await db.QueryAsync<LanguageRow>(LanguagesSql, new { Ids = ids.ToList() }, cancellationToken);
        return rows.ToLookup(r => r.DocumentId, r => r.ToResponse());
    }

    /// <summary>One language version of a document; 404 when the document has none in that language.</summary>
    public static async Task<LanguageVersion> GetLanguageAsync(IDbSession db, DocumentRow document, string language, CancellationToken cancellationToken) =>
        (await LanguagesAsync(db, [document.Id], cancellationToken))[document.Id].FirstOrDefault(v => v.Language == language)
        ?? throw new NotFoundException("language version", $"{document.Symbol} {language}");

    public static async Task<DocumentDetails> GetAsync(IDbSession db, Guid id, bool seeRestricted, CancellationToken cancellationToken) =>
        await DetailsAsync(db, await GetRowAsync(db, id, seeRestricted, cancellationToken), seeRestricted, cancellationToken);

    public static async Task<DocumentDetails> DetailsAsync(IDbSession db, DocumentRow row, bool seeRestricted, CancellationToken cancellationToken)
    {
        var chain = await ChainAsync(db, row.ChainSymbol, seeRestricted, cancellationToken);
        var revisions = chain.Where(d => d.Corrigendum == 0).OrderByDescending(d => d.Revision).ToList();
        var corrigenda = chain.Where(d => d.Corrigendum > 0 && row.Corrigendum == 0 && d.Revision == row.Revision).OrderBy(d => d.Corrigendum).ToList();
        var languages = await LanguagesAsync(db, corrigenda.Select(c => c.Id).Append(row.Id).ToList(), cancellationToken);
        var agendaItems = await db.QueryAsync<Guid>(AgendaItemsSql, new { row.Id }, cancellationToken);
        var latest = revisions.FirstOrDefault();
        var isCorrigendum = row.Corrigendum > 0;
        return new DocumentDetails(
            row.Id, row.Symbol, row.Type, row.Distribution, row.OriginalLanguage, row.Title, row.SessionId,
            row.Status, row.JobNumber, DocumentPipeline.Machine.AllowedActions(row.Status),
            agendaItems.ToList(),
            languages[row.Id].ToList(),
            isCorrigendum ? [] : revisions.Where(r => r.Revision < row.Revision).Select(r => r.Symbol).ToList(),
            !isCorrigendum && latest is not null && latest.Revision > row.Revision ? latest.Symbol : null,
            isCorrigendum ? chain.FirstOrDefault(d => d.Corrigendum == 0 && d.Revision == row.Revision)?.Symbol : null,
            corrigenda.Select(c => new Corrigendum(c.Id, c.Symbol, languages[c.Id].Select(l => l.Language).ToList())).ToList(),
            row.Version, row.CreatedAt, row.CreatedBy, row.UpdatedAt, row.UpdatedBy);
    }
}
