using FluentValidation;
using Iom.Modules.GoverningBodies.Documents;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

/// <summary>Request the translation of a document into a language.</summary>
/// <param name="TargetLanguage">ISO 639-1 code of the language to produce.</param>
/// <param name="SourceLanguage">Language version to translate from; default: the original language.</param>
/// <param name="DueOn">When the translation is due.</param>
/// <param name="WordCount">Words to translate, if counted.</param>
/// <param name="Assignee">Translator or unit to assign it to.</param>
[ValidatedAs(typeof(RequestTranslationCommand))]
internal sealed record RequestTranslationRequest(string? TargetLanguage, string? SourceLanguage, DateOnly DueOn, int? WordCount, string? Assignee);

internal sealed record RequestTranslationCommand(Guid DocumentId, string? TargetLanguage, string? SourceLanguage, DateOnly DueOn, int? WordCount, string? Assignee)
    : ICommand<TranslationJobDetails>;

internal sealed class RequestTranslationCommandValidator : AbstractValidator<RequestTranslationCommand>
{
    public RequestTranslationCommandValidator()
    {
        RuleFor(c => c.TargetLanguage).NotEmpty().LanguageCode();
        RuleFor(c => c.SourceLanguage).LanguageCode().When(c => c.SourceLanguage is not null);
        RuleFor(c => c.TargetLanguage).NotEqual(c => c.SourceLanguage).WithMessage("The target language must differ from the source.");
        RuleFor(c => c.DueOn).NotEmpty();
        RuleFor(c => c.WordCount).InclusiveBetween(1, 1_000_000).When(c => c.WordCount is not null);
        RuleFor(c => c.Assignee).MaximumLength(200);
    }
}

internal sealed class RequestTranslationCommandHandler(WriteSession write, ICurrentUser user)
    : ICommandHandler<RequestTranslationCommand, TranslationJobDetails>
{
    private const string OpenJobSql = """
        SELECT COUNT(*) FROM governing_bodies.translation_jobs
        WHERE document_id = @DocumentId AND target_language = @TargetLanguage AND status IN @Open
        """;

    public async ValueTask<TranslationJobDetails> Handle(RequestTranslationCommand command, CancellationToken cancellationToken)
    {
        command = command with { TargetLanguage = Languages.Normalize(command.TargetLanguage), SourceLanguage = Languages.Normalize(command.SourceLanguage) };
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        var document = await DocumentReader.GetRowAsync(write, command.DocumentId, seeRestricted, cancellationToken);
        var source = command.SourceLanguage ?? document.OriginalLanguage;
        var target = command.TargetLanguage!;
        if (source == target)
        {
            throw Invalid.Field("targetLanguage", $"The document's source version is already in '{target}'.");
        }

        if (command.DueOn < write.Today)
        {
            throw Invalid.Field("dueOn", "A new translation cannot be due in the past.");
        }

        var versions = (await DocumentReader.LanguagesAsync(write, [document.Id], cancellationToken))[document.Id].ToList();
        if (versions.FirstOrDefault(v => v.Language == source) is not { HasText: true })
        {
            throw new ConflictException(
                "Source not available",
                $"The '{source}' version of {document.Symbol} is not final, so it cannot be translated from (a document is translated once its editing is finished).",
                "source-not-available");
        }

        if (versions.FirstOrDefault(v => v.Language == target) is { HasText: true } or { Status: LanguageVersionStatus.InRevision })
        {
            throw new ConflictException("Already available", $"The '{target}' version of {document.Symbol} is already translated.", "already-available");
        }

        if (await write.QuerySingleOrDefaultAsync<long>(OpenJobSql, new { command.DocumentId, TargetLanguage = target, Open = TranslationJobRules.OpenStatuses }, cancellationToken) > 0)
        {
            throw new DuplicateException("open translation job", "document and target language", $"{document.Symbol} {target}");
        }

        var job = await TranslationJobWriter.OpenAsync(write, new NewTranslationJob(command.DocumentId, source, target, command.DueOn, command.WordCount, command.Assignee), cancellationToken);
        return job;
    }
}
