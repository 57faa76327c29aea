using FluentValidation;
using Iom.Modules.Research.Identifiers;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.Research.Manifestations;

/// <summary>Add a language version and format of a work.</summary>
/// <param name="Language">Its language (ISO 639-1).</param>
/// <param name="Format">pdf, epub, print or interactiveHtml.</param>
/// <param name="Isbn">Its ISBN-13 (hyphens allowed), check digit verified; unique: one ISBN per format and language.</param>
/// <param name="Doi">Its DOI, unique.</param>
/// <param name="TranslationOf">For a language other than the work's original: the version (of this work, in another language) it is translated from.</param>
/// <param name="Pages">Page count.</param>
[ValidatedAs(typeof(AddManifestationCommand))]
internal sealed record AddManifestationRequest(string? Language, ManifestationFormat? Format, string? Isbn, string? Doi, Guid? TranslationOf, int? Pages);

internal sealed record AddManifestationCommand(Guid WorkId, string? Language, ManifestationFormat? Format, string? Isbn, string? Doi, Guid? TranslationOf, int? Pages)
    : ICommand<ManifestationDetails>;

internal sealed class AddManifestationCommandValidator : AbstractValidator<AddManifestationCommand>
{
    public AddManifestationCommandValidator()
    {
        RuleFor(c => c.Language).NotEmpty().LanguageCode();
        RuleFor(c => c.Format).NotNull().IsInEnum();
        RuleFor(c => c.Isbn).MaximumLength(17).Isbn13();
        RuleFor(c => c.Doi).MaximumLength(220).Doi();
        RuleFor(c => c.Pages).InclusiveBetween(1, 10_000);
    }
}

internal sealed class AddManifestationCommandHandler(WriteSession write)
    : ICommandHandler<AddManifestationCommand, ManifestationDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM research.manifestations WHERE work_id = @WorkId AND language = @Language AND format = @Format";

    private const string InsertSql = """
        INSERT INTO research.manifestations
            (id, work_id, language, format, isbn, doi, translation_of, translation_status, translation_due_on, translation_job_id, pages,
             version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @WorkId, @Language, @Format, @Isbn, @Doi, @TranslationOf, @TranslationStatus, NULL, NULL, @Pages, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<ManifestationDetails> Handle(AddManifestationCommand command, CancellationToken cancellationToken)
    {
        command = command with { Language = Languages.Normalize(command.Language) };
        var work = await WorkRow.GetAsync(write, command.WorkId, cancellationToken);
        var original = command.Language == work.OriginalLanguage;
        if (original && command.TranslationOf is not null)
        {
            throw Invalid.Field("translationOf", $"'{command.Language}' is the work's original language; that version is not a translation.");
        }

        if (!original)
        {
            if (command.TranslationOf is not { } sourceId)
            {
                throw Invalid.Field("translationOf", $"The work is written in '{work.OriginalLanguage}'; name the version this '{command.Language}' one is translated from.");
            }

            var source = await ManifestationRow.FindAsync(write, sourceId, cancellationToken);
            if (source is null || source.WorkId != command.WorkId || source.Language == command.Language)
            {
                throw Invalid.Field("translationOf", "Name a version of this work in another language.");
            }
        }

        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.WorkId, command.Language, Format = command.Format!.Value.ToText() }, cancellationToken) > 0)
        {
            throw new DuplicateException("manifestation", "language and format", $"{command.Language} {command.Format.Value.ToText()}");
        }

        var isbn = StandardIdentifiers.NormalizeIsbn13(command.Isbn);
        var doi = StandardIdentifiers.NormalizeDoi(command.Doi);
        await ManifestationIdentifiers.EnsureFreeAsync(write, null, isbn, doi, cancellationToken);
        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            command.WorkId,
            command.Language,
            Format = command.Format.Value.ToText(),
            Isbn = isbn,
            Doi = doi,
            command.TranslationOf,
            TranslationStatus = (original ? TranslationStatus.NotApplicable : TranslationStatus.NotRequested).ToText(),
            command.Pages,
            write.Now,
            write.By,
        }, cancellationToken);
        var manifestation = (await ManifestationRow.GetAsync(write, id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Manifestation, id, "create", null, manifestation, cancellationToken);
        return manifestation;
    }
}
