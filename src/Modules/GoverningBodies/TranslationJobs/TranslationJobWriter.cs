using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

/// <summary>Opens a translation job and puts its target language version in translation: for requests and for planning alike.</summary>
internal static class TranslationJobWriter
{
    private const string InsertSql = """
        INSERT INTO governing_bodies.translation_jobs
            (id, document_id, publication_work_id, publication_manifestation_id, publication_code, publication_title, source_language, target_language, requested_on, due_on, word_count, assignee, status, delivered_at,
             version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @DocumentId, @WorkId, @ManifestationId, @Code, @Title, @SourceLanguage, @TargetLanguage, @RequestedOn, @DueOn, @WordCount, @Assignee, @Status, NULL,
             1, @Now, @By, @Now, @By)
        """;

    public static async Task<TranslationJobDetails> OpenAsync(
        WriteSession write, NewTranslationJob job, CancellationToken cancellationToken)
    {
        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            job.DocumentId,
            job.Publication?.WorkId,
            job.Publication?.ManifestationId,
            job.Publication?.Code,
            job.Publication?.Title,
            job.SourceLanguage,
            job.TargetLanguage,
            RequestedOn = write.Today,
            job.DueOn,
            job.WordCount,
            job.Assignee,
            Status = TranslationJobStatus.Requested.ToText(),
            write.Now,
            write.By,
        }, cancellationToken);
        if (job.DocumentId is { } documentId)
        {
            await LanguageVersions.SetAsync(write, documentId, job.TargetLanguage, Documents.LanguageVersionStatus.InTranslation, cancellationToken);
        }

        var created = (await TranslationJobRow.GetAsync(write, id, seeRestricted: true, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.TranslationJob, id, "create", null, created, cancellationToken);
        return created;
    }
}

/// <summary>A job to open: for a document, or (with <paramref name="DocumentId"/> null) for a publication.</summary>
internal sealed record NewTranslationJob(
    Guid? DocumentId, string SourceLanguage, string TargetLanguage, DateOnly DueOn, int? WordCount, string? Assignee, PublicationReference? Publication = null);
