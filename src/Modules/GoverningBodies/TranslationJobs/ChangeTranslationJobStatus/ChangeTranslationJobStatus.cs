using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Documents;
using Iom.Contracts.GoverningBodies;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Outbox;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.TranslationJobs.ChangeTranslationJobStatus;

/// <summary>Start, deliver or cancel a translation job; delivery makes the target language version available.</summary>
internal sealed record ChangeTranslationJobStatusCommand(Guid Id, string Action, string? Assignee, int? ExpectedVersion) : ICommand<TranslationJobDetails>;

internal sealed class ChangeTranslationJobStatusCommandHandler(GoverningBodiesDatabase db, TimeProvider clock, ICurrentUser user, AuditTrail audit)
    : ICommandHandler<ChangeTranslationJobStatusCommand, TranslationJobDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.translation_jobs
        SET status = @Status, assignee = @Assignee,
            delivered_at = CASE WHEN @Delivers = 1 THEN @Now ELSE delivered_at END,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<TranslationJobDetails> Handle(ChangeTranslationJobStatusCommand command, CancellationToken cancellationToken)
    {
        var stamp = Audit.Of(clock, user);
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        await using var scope = await db.BeginWriteAsync(cancellationToken);
        var current = await TranslationJobRow.GetAsync(scope.Connection, scope.Transaction, command.Id, seeRestricted, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        var next = TranslationJobRules.Machine.Apply(command.Action, current.Status);
        await scope.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            current.Version,
            Status = next.ToText(),
            Assignee = command.Assignee ?? current.Assignee,
            Delivers = next == TranslationJobStatus.Delivered ? 1 : 0,
            stamp.Now,
            stamp.By,
        }, current.Version, command.ExpectedVersion, cancellationToken);

        if (current.DocumentId is { } documentId)
        {
            var languageStatus = next switch
            {
                TranslationJobStatus.Delivered => LanguageVersionStatus.Available,
                TranslationJobStatus.Cancelled => LanguageVersionStatus.Pending,
                _ => LanguageVersionStatus.InTranslation,
            };
            await LanguageVersions.SetAsync(scope, audit, documentId, current.TargetLanguage, languageStatus, stamp, cancellationToken);
        }
        else
        {
            // The publication belongs to the research module: tell it, in this transaction, through the outbox.
            await OutboxWriter.AddAsync(scope, new PublicationTranslationProgressed(
                Guid.CreateVersion7(), stamp.Now, command.Id, current.PublicationManifestationId!.Value, current.TargetLanguage, next.ToText()), cancellationToken);
        }
        var job = (await TranslationJobRow.GetAsync(scope.Connection, scope.Transaction, command.Id, seeRestricted, cancellationToken)).ToResponse(stamp.Today);
        await audit.RecordAsync(scope, AuditedEntities.TranslationJob, command.Id, command.Action, current.ToResponse(stamp.Today), job, cancellationToken);
        await scope.CommitAsync(cancellationToken);
        return job;
    }
}
