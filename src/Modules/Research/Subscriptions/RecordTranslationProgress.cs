using Iom.Contracts.GoverningBodies;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Manifestations;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Outbox;
using Iom.SharedKernel.Text;

namespace Iom.Modules.Research.Subscriptions;

/// <summary>
/// Follows the translation service's job for a language version: opened (the job is recorded), started (in translation),
/// delivered (done) or cancelled. Idempotent: a redelivered event changes nothing. An event for a job the version no
/// longer waits on (it was cancelled and approved again since) is ignored.
/// </summary>
internal sealed class RecordTranslationProgress(ResearchDatabase db, TimeProvider clock, ICurrentUser user, AuditTrail audit)
    : IIntegrationEventSubscriber<PublicationTranslationProgressed>
{
    private const string UpdateSql = """
        UPDATE research.manifestations SET translation_status = @Status, translation_job_id = @JobId,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id
        """;

    public async Task HandleAsync(PublicationTranslationProgressed progressed, CancellationToken cancellationToken)
    {
        var stamp = Audit.Of(clock, user);
        await using var scope = await db.BeginWriteAsync(cancellationToken);
        var current = await ManifestationRow.FindAsync(scope.Connection, scope.Transaction, progressed.ManifestationId, cancellationToken);
        if (!await ProcessedEvents.TryMarkAsync(scope, progressed.EventId, nameof(RecordTranslationProgress), stamp.Now, cancellationToken)
            || current is null
            || (current.TranslationJobId is { } job && job != progressed.TranslationJobId)
            || current.TranslationStatus is not (TranslationStatus.Approved or TranslationStatus.InTranslation))
        {
            await scope.CommitAsync(cancellationToken);
            return;
        }

        var status = progressed.Status switch
        {
            "inProgress" => TranslationStatus.InTranslation,
            "delivered" => TranslationStatus.Done,
            "cancelled" => TranslationStatus.Cancelled,
            _ => current.TranslationStatus,
        };
        await scope.ExecuteAsync(UpdateSql, new { Id = current.Id, Status = status.ToText(), JobId = progressed.TranslationJobId, stamp.Now, stamp.By }, cancellationToken);
        var updated = (await ManifestationRow.GetAsync(scope.Connection, scope.Transaction, current.Id, cancellationToken)).ToResponse();
        await audit.RecordAsync(scope, AuditedEntities.Manifestation, current.Id, $"translation-{progressed.Status}", current.ToResponse(), updated, cancellationToken);
        await scope.CommitAsync(cancellationToken);
    }
}
