using Dapper;
using Iom.Contracts.GoverningBodies;
using Iom.Modules.GoverningBodies.Documents;
using Iom.Modules.GoverningBodies.TranslationJobs;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Outbox;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Subscriptions;

/// <summary>
/// Translation planning: when a document is issued in one language, open a translation job from that version for every
/// official language still requested, due a week before its session opens (or in two weeks when that is sooner than
/// tomorrow or there is no session). Idempotent: a redelivered event changes nothing.
/// </summary>
internal sealed class PlanTranslationsWhenIssued(WriteSession write)
    : IIntegrationEventSubscriber<DocumentLanguageIssued>
{
    public const int DaysBeforeOpening = 7;
    public const int DefaultDays = 14;

    private const string SessionStartSql = """
        SELECT s.start_date FROM governing_bodies.documents d JOIN governing_bodies.sessions s ON s.id = d.session_id WHERE d.id = @DocumentId
        """;

    private const string OpenJobsSql = """
        SELECT target_language FROM governing_bodies.translation_jobs WHERE document_id = @DocumentId AND status IN @Open
        """;

    public async Task HandleAsync(DocumentLanguageIssued issued, CancellationToken cancellationToken)
    {
        if (!await ProcessedEvents.TryMarkAsync(write, issued.EventId, nameof(PlanTranslationsWhenIssued), cancellationToken))
        {
            return;
        }

        var versions = (await DocumentReader.LanguagesAsync(write, [issued.DocumentId], cancellationToken))[issued.DocumentId].ToList();
        var open = (await write.QueryAsync<string>(OpenJobsSql, new { issued.DocumentId, Open = TranslationJobRules.OpenStatuses }, cancellationToken)).ToHashSet();
        var due = DueOn(await write.QuerySingleOrDefaultAsync<DateOnly?>(SessionStartSql, new { issued.DocumentId }, cancellationToken), write.Today);
        var owed = Languages.Official.Where(l => l != issued.Language && !open.Contains(l)
            && versions.FirstOrDefault(v => v.Language == l) is null or { Status: LanguageVersionStatus.Requested });
        foreach (var language in owed)
        {
            await TranslationJobWriter.OpenAsync(write, new NewTranslationJob(issued.DocumentId, issued.Language, language, due, null, null), cancellationToken);
        }

    }

    public static DateOnly DueOn(DateOnly? sessionStart, DateOnly today) =>
        sessionStart?.AddDays(-DaysBeforeOpening) is { } beforeOpening && beforeOpening > today ? beforeOpening : today.AddDays(DefaultDays);
}
