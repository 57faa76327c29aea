using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.GoverningBodies.Speakers;

/// <summary>The file of a statement in one language.</summary>
/// <param name="Language">ISO 639-1 code of the language it is in.</param>
/// <param name="FileName">The name it downloads under.</param>
/// <param name="MediaType">application/pdf, or a word-processing format.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">SHA-256 of the bytes, lower-case hex.</param>
/// <param name="UploadedAt">When it was uploaded.</param>
/// <param name="UploadedBy">Who uploaded it.</param>
internal sealed record StatementFile(string Language, string FileName, string MediaType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);

internal sealed class StatementFileRow
{
    private const string SelectFrom = """
        SELECT s.speaker_id, s.language, s.storage_key, s.file_name, s.media_type, s.size_bytes, s.sha256, s.uploaded_at, s.uploaded_by
        FROM governing_bodies.statement_files s
        """;

    private const string ByLanguage = SelectFrom + " WHERE s.speaker_id = @SpeakerId AND s.language = @Language";
    private const string BySpeaker = SelectFrom + " WHERE s.speaker_id = @SpeakerId ORDER BY s.language";

    private const string BySittings = SelectFrom + """

        JOIN governing_bodies.speakers p ON p.id = s.speaker_id
        WHERE p.sitting_id IN @SittingIds
        ORDER BY s.speaker_id, s.language
        """;

    public Guid SpeakerId { get; set; }
    public string Language { get; set; } = string.Empty;
    public string StorageKey { get; set; } = string.Empty;
    public string FileName { get; set; } = string.Empty;
    public string MediaType { get; set; } = string.Empty;
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = string.Empty;
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = string.Empty;

    public static Task<StatementFileRow?> FindAsync(IDbSession db, Guid speakerId, string language, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<StatementFileRow>(ByLanguage, new { SpeakerId = speakerId, Language = language }, cancellationToken);

    public static async Task<StatementFileRow> GetAsync(IDbSession db, Guid speakerId, string language, CancellationToken cancellationToken) =>
        await FindAsync(db, speakerId, language, cancellationToken) ?? throw new NotFoundException("statement file", $"{speakerId} {language}");

    /// <summary>A speaker's statement files, by language.</summary>
    public static async Task<List<StatementFile>> ForSpeakerAsync(IDbSession db, Guid speakerId, CancellationToken cancellationToken) =>
        (await db.QueryAsync<StatementFileRow>(BySpeaker, new { SpeakerId = speakerId }, cancellationToken)).Select(r => r.ToResponse()).ToList();

    /// <summary>The statement files of the speakers of <paramref name="sittingIds"/>, by speaker and language.</summary>
    public static async Task<ILookup<Guid, StatementFile>> ForSittingsAsync(IDbSession db, IReadOnlyList<Guid> sittingIds, CancellationToken cancellationToken) =>
        (await db.QueryAsync<StatementFileRow>(BySittings, new { SittingIds = sittingIds }, cancellationToken)).ToLookup(r => r.SpeakerId, r => r.ToResponse());

    public StatementFile ToResponse() => new(Language, FileName, MediaType, SizeBytes, Sha256.Trim(), UploadedAt, UploadedBy);
}

internal static class StatementFileRules
{
    /// <summary>A new key for each upload, beside the documents' files in the module's store.</summary>
    public static string NewKey(Guid speakerId, Guid uploadId) => $"statements/{speakerId:N}/{uploadId:N}";

    /// <summary>The name a statement downloads under by default: whom it was delivered for and the language (Switzerland-FR.pdf).</summary>
    public static string DefaultName(SpeakerDetails speaker, string language, string extension)
    {
        var name = new string(speaker.SpeaksFor.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray()).Trim('_');
        return $"{(name.Length == 0 ? "statement" : name)}-{language.ToUpperInvariant()}.{extension}";
    }

    /// <summary>A withdrawn speaker has no statement; a statement delivered is part of the sitting's record and keeps its files.</summary>
    public static void EnsureChangeable(SpeakerDetails speaker, bool removing)
    {
        if (speaker.Status == SpeakerStatus.Withdrawn || (removing && speaker.Status == SpeakerStatus.Spoke))
        {
            throw new ConflictException(
                "Statement cannot change",
                speaker.Status == SpeakerStatus.Withdrawn
                    ? "The speaker withdrew: there is no statement to file."
                    : "The statement was delivered: its files are part of the sitting's record (upload a corrected file instead).",
                "statement-final");
        }
    }
}
