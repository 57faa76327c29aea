using Iom.Modules.GoverningBodies.Documents;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

/// <summary>Keeps a document's language version in step with its translation jobs, and bumps the document's version.</summary>
internal static class LanguageVersions
{
    private const string UpdateSql = """
        UPDATE governing_bodies.document_languages
        SET status = @Status, available_at = @AvailableAt, updated_at = @Now
        WHERE document_id = @DocumentId AND language = @Language
        """;

    private const string InsertSql = """
        INSERT INTO governing_bodies.document_languages (document_id, language, status, available_at, updated_at)
        VALUES (@DocumentId, @Language, @Status, @AvailableAt, @Now)
        """;

    private const string TouchDocumentSql = """
        UPDATE governing_bodies.documents SET version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @DocumentId
        """;

    public static async Task SetAsync(WriteScope scope, Guid documentId, string language, LanguageVersionStatus status, Audit audit, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            DocumentId = documentId,
            Language = language,
            Status = status.ToText(),
            AvailableAt = status == LanguageVersionStatus.Available ? audit.Now : (DateTimeOffset?)null,
            audit.Now,
            audit.By,
        };
        if (await scope.ExecuteAsync(UpdateSql, parameters, cancellationToken) == 0)
        {
            await scope.ExecuteAsync(InsertSql, parameters, cancellationToken);
        }

        await scope.ExecuteAsync(TouchDocumentSql, parameters, cancellationToken);
    }
}
