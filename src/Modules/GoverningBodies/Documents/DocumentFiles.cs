using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Files;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>The file of a language version.</summary>
/// <param name="FileName">The name it downloads under.</param>
/// <param name="MediaType">application/pdf, or a word-processing format.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">SHA-256 of the bytes, lower-case hex.</param>
/// <param name="Pages">Pages, as the uploader counted them.</param>
/// <param name="Words">Words, as the uploader counted them (what translation is planned on).</param>
/// <param name="UploadedAt">When it was uploaded.</param>
/// <param name="UploadedBy">Who uploaded it.</param>
internal sealed record DocumentFile(string FileName, string MediaType, long Size, string Sha256, int? Pages, int? Words, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>Where Governing Bodies keeps document files (section GoverningBodies:Files).</summary>
internal sealed class DocumentFileOptions
{
    public const string Section = "GoverningBodies:Files";

    /// <summary>The folder of the filesystem store; relative paths are under the working directory. Hosts that share a database share this folder.</summary>
    public string Directory { get; set; } = Path.Combine("data", "files", "governing-bodies");

    /// <summary>The largest file an upload accepts.</summary>
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;
}

/// <summary>The module's file store and the rules of its keys and formats.</summary>
internal sealed class DocumentFileStore(IOptions<DocumentFileOptions> options)
{
    public static readonly string[] MediaTypes =
    [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
    ];

    public IFileStore Store { get; } = new FileSystemFileStore(options.Value.Directory);

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>A new key for each upload, so that a replaced file stays readable until the replacement is committed.</summary>
    public static string NewKey(Guid documentId, string language, Guid uploadId) => $"{documentId:N}/{language}/{uploadId:N}";

    public static string Extension(string mediaType) => mediaType switch
    {
        "application/pdf" => "pdf",
        "application/vnd.oasis.opendocument.text" => "odt",
        _ => "docx",
    };

    /// <summary>The name a file downloads under by default: the symbol with its slashes as underscores, and the language (C_115_4_Rev.2-EN.pdf).</summary>
    public static string DefaultName(string symbol, string language, string mediaType) =>
        $"{symbol.Replace('/', '_')}-{language.ToUpperInvariant()}.{Extension(mediaType)}";
}

internal sealed class DocumentFileRow
{
    public const string SelectFrom = """
        SELECT f.document_id, f.language, f.storage_key, f.file_name, f.media_type, f.size_bytes, f.sha256, f.pages, f.words, f.uploaded_at, f.uploaded_by
        FROM governing_bodies.document_files f
        """;

    private const string ByLanguage = SelectFrom + " WHERE f.document_id = @DocumentId AND f.language = @Language";

    public Guid DocumentId { get; set; }
    public string Language { get; set; } = string.Empty;
    public string StorageKey { get; set; } = string.Empty;
    public string FileName { get; set; } = string.Empty;
    public string MediaType { get; set; } = string.Empty;
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = string.Empty;
    public int? Pages { get; set; }
    public int? Words { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = string.Empty;

    public static Task<DocumentFileRow?> FindAsync(IDbSession db, Guid documentId, string language, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<DocumentFileRow>(ByLanguage, new { DocumentId = documentId, Language = language }, cancellationToken);

    public static async Task<DocumentFileRow> GetAsync(IDbSession db, Guid documentId, string language, string symbol, CancellationToken cancellationToken) =>
        await FindAsync(db, documentId, language, cancellationToken) ?? throw new NotFoundException("file", $"{symbol} {language}");

    public DocumentFile ToResponse() => new(FileName, MediaType, SizeBytes, Sha256.Trim(), Pages, Words, UploadedAt, UploadedBy);
}

internal static class DocumentFileRules
{
    /// <summary>The language version a file is attached to or taken from: it exists, and is not issued (an issued text changes by corrigendum or revision).</summary>
    public static async Task<LanguageVersion> EditableVersionAsync(IDbSession db, DocumentRow document, string language, CancellationToken cancellationToken)
    {
        var version = await DocumentReader.GetLanguageAsync(db, document, language, cancellationToken);
        if (version.Status == LanguageVersionStatus.Issued)
        {
            throw new ConflictException(
                "Issued text is final", $"{document.Symbol} in {language} is issued: its file changes only by a corrigendum or a revision.", "issued-file-final");
        }

        return version;
    }
}
