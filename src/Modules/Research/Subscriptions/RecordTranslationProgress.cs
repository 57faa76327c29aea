using Iom.Contracts.GoverningBodies;
using Iom.Modules.Research.Manifestations;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Outbox;
using Iom.SharedKernel.Text;

namespace Iom.Modules.Research.Subscriptions;

/// <summary>
/// Follows the translation service's job for a language version: opened (the job is recorded), started (in translation),
/// delivered (done) or cancelled. Idempotent: a redelivered event changes nothing. An event for a job the version no
/// longer waits on (it was cancelled and approved again since) is ignored.
/// </summary>
internal sealed class RecordTranslationProgress(WriteSession write)
    : IIntegrationEventSubscriber<PublicationTranslationProgressed>
{
    private const string UpdateSql = """
        UPDATE research.manifestations SET translation_status = @Status, translation_job_id = @JobId,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id
        """;

    public async Task HandleAsync(PublicationTranslationProgressed progressed, CancellationToken cancellationToken)
    {
        var current = await ManifestationRow.FindAsync(write, progressed.ManifestationId, cancellationToken);
        if (!await ProcessedEvents.TryMarkAsync(write, progressed.EventId, nameof(RecordTranslationProgress), cancellationToken)
            || current is null
            || (current.TranslationJobId is { } job && job != progressed.TranslationJobId)
            || current.TranslationStatus is not (TranslationStatus.Approved or TranslationStatus.InTranslation))
        {
            return;
        }

        var status = progressed.Status switch
        {
            "inProgress" => TranslationStatus.InTranslation,
            "delivered" => TranslationStatus.Done,
            "cancelled" => TranslationStatus.Cancelled,
            _ => current.TranslationStatus,
        };
        await write.ExecuteAsync(UpdateSql, new { Id = current.Id, Status = status.ToText(), JobId = progressed.TranslationJobId, write.Now, write.By }, cancellationToken);
        var updated = (await ManifestationRow.GetAsync(write, current.Id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Manifestation, current.Id, $"translation-{progressed.Status}", current.ToResponse(), updated, cancellationToken);
    }
}
