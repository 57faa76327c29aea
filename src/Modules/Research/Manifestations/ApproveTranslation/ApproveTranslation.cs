using FluentValidation;
using Iom.Contracts.Research;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.Research.Manifestations;

/// <summary>Approve the translation of a language version; the Governing Bodies Division's translation service receives it as a job.</summary>
/// <param name="DueOn">When the translation is needed; not in the past.</param>
/// <param name="WordCount">Words to translate, if counted.</param>
[ValidatedAs(typeof(ApproveTranslationCommand))]
internal sealed record ApproveTranslationRequest(DateOnly DueOn, int? WordCount);

internal sealed record ApproveTranslationCommand(Guid Id, DateOnly DueOn, int? WordCount, int? ExpectedVersion) : ICommand<ManifestationDetails>;

internal sealed class ApproveTranslationCommandValidator : AbstractValidator<ApproveTranslationCommand>
{
    public ApproveTranslationCommandValidator()
    {
        RuleFor(c => c.DueOn).NotEmpty();
        RuleFor(c => c.WordCount).InclusiveBetween(1, 1_000_000);
    }
}

internal sealed class ApproveTranslationCommandHandler(WriteSession write)
    : ICommandHandler<ApproveTranslationCommand, ManifestationDetails>
{
    private const string UpdateSql = """
        UPDATE research.manifestations SET translation_status = @Status, translation_due_on = @DueOn, translation_job_id = NULL,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ManifestationDetails> Handle(ApproveTranslationCommand command, CancellationToken cancellationToken)
    {
        if (command.DueOn < write.Today)
        {
            throw Invalid.Field("dueOn", "A translation cannot be due in the past.");
        }

        var current = await ManifestationRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        if (current.TranslationStatus == TranslationStatus.NotApplicable)
        {
            throw new ConflictException("Original language", $"'{current.Language}' is the work's original language: there is nothing to translate.", "original-language");
        }

        if (current.TranslationStatus is not (TranslationStatus.NotRequested or TranslationStatus.Cancelled))
        {
            throw new InvalidTransitionException("manifestation translation", "approve-translation", current.TranslationStatus.ToText(), []);
        }

        var work = await WorkRow.GetAsync(write, current.WorkId, cancellationToken);
        if (WorkRules.IsClosedToTranslation(work.Status))
        {
            throw new ConflictException("Work not translatable", $"The work is '{work.Status.ToText()}'; translations are approved for works in the programme.", "work-not-translatable");
        }

        var source = await ManifestationRow.GetAsync(write, current.TranslationOf!.Value, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, current.Version, Status = TranslationStatus.Approved.ToText(), command.DueOn, write.Now, write.By },
            current.Version, command.ExpectedVersion, cancellationToken);
        var (title, _) = work.TitleIn(source.Language);
        await write.PublishAsync(new PublicationTranslationApproved(
            write.NewId(), write.Now, work.Id, command.Id, work.PublicationCode, title, source.Language, current.Language, command.DueOn, command.WordCount), cancellationToken);
        var manifestation = (await ManifestationRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Manifestation, command.Id, "approve-translation", current.ToResponse(), manifestation, cancellationToken);
        return manifestation;
    }
}
