using Iom.Contracts.GoverningBodies;
using Iom.Contracts.Research;
using Iom.Modules.GoverningBodies.TranslationJobs;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Outbox;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Subscriptions;

/// <summary>
/// The Division translates IOM's publications as well as its official documents: when the research module approves a
/// publication's translation, open a job for it in the same backlog, and tell the research module which job it is. Idempotent: a redelivered event, or one for a
/// language version that already has an open job, changes nothing.
/// </summary>
internal sealed class OpenPublicationTranslationJobs(WriteSession write)
    : IIntegrationEventSubscriber<PublicationTranslationApproved>
{
    private const string OpenJobSql = """
        SELECT COUNT(*) FROM governing_bodies.translation_jobs WHERE publication_manifestation_id = @ManifestationId AND status IN @Open
        """;

    public async Task HandleAsync(PublicationTranslationApproved approved, CancellationToken cancellationToken)
    {
        if (!await ProcessedEvents.TryMarkAsync(write, approved.EventId, nameof(OpenPublicationTranslationJobs), cancellationToken)
            || await write.QuerySingleOrDefaultAsync<long>(OpenJobSql, new { approved.ManifestationId, Open = TranslationJobRules.OpenStatuses }, cancellationToken) > 0)
        {
            return;
        }

        var publication = new PublicationReference(approved.WorkId, approved.ManifestationId, approved.PublicationCode, approved.Title);
        var job = await TranslationJobWriter.OpenAsync(write, new NewTranslationJob(null, approved.SourceLanguage, approved.TargetLanguage, approved.DueOn, approved.WordCount, null, publication),
            cancellationToken);
        await write.PublishAsync(new PublicationTranslationProgressed(
            write.NewId(), write.Now, job.Id, approved.ManifestationId, approved.TargetLanguage, job.Status.ToText()), cancellationToken);
    }
}
