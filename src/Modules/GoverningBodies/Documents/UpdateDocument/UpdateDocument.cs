using System.Text.Json;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>
/// What a JSON Merge Patch may correct in a registered document until one of its language versions is issued: its
/// title. The symbol, type and languages identify it; distribution changes through derestrict; an issued document is
/// corrected by a corrigendum.
/// </summary>
/// <param name="Title">Title in the official languages.</param>
[ValidatedAs(typeof(DocumentPatch), MergePatch = true)]
internal sealed record DocumentPatch(LocalizedText? Title);

internal sealed class DocumentPatchValidator : AbstractValidator<DocumentPatch>
{
    public DocumentPatchValidator() => RuleFor(c => c.Title).LocalizedText(required: true);
}

internal sealed record UpdateDocumentCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<DocumentDetails>;

internal sealed class UpdateDocumentCommandHandler(WriteSession write, ICurrentUser user, IValidator<DocumentPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateDocumentCommand, DocumentDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.documents
        SET title_en = @TitleEn, title_fr = @TitleFr, title_es = @TitleEs, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<DocumentDetails> Handle(UpdateDocumentCommand command, CancellationToken cancellationToken)
    {
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        var before = await DocumentReader.GetAsync(write, command.Id, seeRestricted, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Languages.Any(l => l.Status == LanguageVersionStatus.Issued))
        {
            throw new ConflictException("Document is issued", $"{before.Symbol} has an issued language version; correct it with a corrigendum ({before.Symbol}/Corr.1).", "not-editable");
        }

        var patched = JsonMergePatch.Apply(new DocumentPatch(before.Title), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, TitleEn = patched.Title!.En, TitleFr = patched.Title.Fr, TitleEs = patched.Title.Es, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await DocumentReader.GetAsync(write, command.Id, seeRestricted, cancellationToken);
        await write.RecordAsync(AuditedEntities.Document, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
