using Iom.Contracts.GoverningBodies;
using Iom.Modules.GoverningBodies.Documents;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

/// <summary>Start, deliver or cancel a translation job; delivery makes the target language version available.</summary>
internal sealed record ChangeTranslationJobStatusCommand(Guid Id, string Action, string? Assignee, int? ExpectedVersion) : ICommand<TranslationJobDetails>;

internal sealed class ChangeTranslationJobStatusCommandHandler(WriteSession write, ICurrentUser user)
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
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        var current = await TranslationJobRow.GetAsync(write, command.Id, seeRestricted, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        var next = TranslationJobRules.Machine.Apply(command.Action, current.Status);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            current.Version,
            Status = next.ToText(),
            Assignee = command.Assignee ?? current.Assignee,
            Delivers = next == TranslationJobStatus.Delivered ? 1 : 0,
            write.Now,
            write.By,
        }, current.Version, command.ExpectedVersion, cancellationToken);

        if (current.DocumentId is { } documentId)
        {
            if (next == TranslationJobStatus.Cancelled)
            {
                await LanguageVersions.WithdrawAsync(write, documentId, current.TargetLanguage, cancellationToken);
            }
            else
            {
                var languageStatus = next == TranslationJobStatus.Delivered ? LanguageVersionStatus.InRevision : LanguageVersionStatus.InTranslation;
                await LanguageVersions.SetAsync(write, documentId, current.TargetLanguage, languageStatus, cancellationToken);
            }
        }
        else
        {
            // The publication belongs to the research module: tell it, in this transaction, through the outbox.
            await write.PublishAsync(new PublicationTranslationProgressed(
                write.NewId(), write.Now, command.Id, current.PublicationManifestationId!.Value, current.TargetLanguage, next.ToText()), cancellationToken);
        }
        var job = (await TranslationJobRow.GetAsync(write, command.Id, seeRestricted, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.TranslationJob, command.Id, command.Action, current.ToResponse(write.Today), job, cancellationToken);
        return job;
    }
}
