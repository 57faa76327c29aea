using Iom.Modules.GoverningBodies.Documents;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

/// <summary>Keeps a document's language version in step with its translation jobs, and bumps the document's version.</summary>
internal static class LanguageVersions
{
    private const string CurrentSql = """
        SELECT status FROM governing_bodies.document_languages WHERE document_id = @DocumentId AND language = @Language
        """;

    private const string UpdateSql = """
        UPDATE governing_bodies.document_languages
        SET status = @Status,
            available_at = CASE WHEN @Status = 'issued' THEN available_at ELSE @AvailableAt END,
            issued_at = CASE WHEN @Status = 'issued' THEN @Now ELSE NULL END,
            updated_at = @Now
        WHERE document_id = @DocumentId AND language = @Language
        """;

    private const string InsertSql = """
        INSERT INTO governing_bodies.document_languages (document_id, language, status, available_at, updated_at)
        VALUES (@DocumentId, @Language, @Status, @AvailableAt, @Now)
        """;

    private const string DeleteSql = """
        DELETE FROM governing_bodies.document_languages WHERE document_id = @DocumentId AND language = @Language
        """;

    private const string FileSql = "SELECT COUNT(*) FROM governing_bodies.document_files WHERE document_id = @DocumentId AND language = @Language";

    private const string TouchDocumentSql = """
        UPDATE governing_bodies.documents SET version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @DocumentId
        """;

    public static async Task SetAsync(
        WriteSession write, Guid documentId, string language, LanguageVersionStatus status, CancellationToken cancellationToken)
    {
        var previous = await write.QuerySingleOrDefaultAsync<string>(CurrentSql, new { DocumentId = documentId, Language = language }, cancellationToken);
        var parameters = new
        {
            DocumentId = documentId,
            Language = language,
            Status = status.ToText(),
            AvailableAt = status == LanguageVersionStatus.Final ? write.Now : (DateTimeOffset?)null,
            write.Now,
            write.By,
        };
        if (await write.ExecuteAsync(UpdateSql, parameters, cancellationToken) == 0)
        {
            await write.ExecuteAsync(InsertSql, parameters, cancellationToken);
        }

        await write.ExecuteAsync(TouchDocumentSql, parameters, cancellationToken);
        await DocumentPipeline.RefreshAsync(write, documentId, cancellationToken);
        await write.RecordChangesAsync(
            AuditedEntities.Document, documentId, "language-status",
            [new AuditChange($"languages.{language}", previous, status.ToText())], cancellationToken);
    }

    /// <summary>
    /// What a cancelled job leaves: an official language is still owed (requested); any other language was there only for
    /// the job, so its version goes, unless a file was uploaded for it.
    /// </summary>
    public static async Task WithdrawAsync(WriteSession write, Guid documentId, string language, CancellationToken cancellationToken)
    {
        if (Languages.Official.Contains(language)
            || await write.ExecuteScalarAsync<long>(FileSql, new { DocumentId = documentId, Language = language }, cancellationToken) > 0)
        {
            await SetAsync(write, documentId, language, LanguageVersionStatus.Requested, cancellationToken);
            return;
        }

        var parameters = new { DocumentId = documentId, Language = language, write.Now, write.By };
        var previous = await write.QuerySingleOrDefaultAsync<string>(CurrentSql, parameters, cancellationToken);
        await write.ExecuteAsync(DeleteSql, parameters, cancellationToken);
        await write.ExecuteAsync(TouchDocumentSql, parameters, cancellationToken);
        await DocumentPipeline.RefreshAsync(write, documentId, cancellationToken);
        await write.RecordChangesAsync(AuditedEntities.Document, documentId, "language-status", [new AuditChange($"languages.{language}", previous, null)], cancellationToken);
    }
}
