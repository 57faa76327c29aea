using Iom.Modules.GoverningBodies.TranslationJobs;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Record that a delivered translation has been revised: its language version is final.</summary>
internal sealed record FinalizeLanguageCommand(Guid DocumentId, string Language, int? ExpectedVersion) : ICommand<DocumentDetails>;

internal sealed class FinalizeLanguageCommandHandler(WriteSession write, ICurrentUser user)
    : ICommandHandler<FinalizeLanguageCommand, DocumentDetails>
{
    public async ValueTask<DocumentDetails> Handle(FinalizeLanguageCommand command, CancellationToken cancellationToken)
    {
        command = command with { Language = Languages.Normalize(command.Language)! };
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        var document = await DocumentReader.GetRowAsync(write, command.DocumentId, seeRestricted, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, document.Version);
        var version = await DocumentReader.GetLanguageAsync(write, document, command.Language, cancellationToken);

        // The original is finalised by finishing the document's editing; a translation once its revision is done.
        if (version.Status != LanguageVersionStatus.InRevision || command.Language == document.OriginalLanguage)
        {
            var hint = command.Language == document.OriginalLanguage ? "finish-editing (the document)" : "deliver its translation first";
            throw new InvalidTransitionException("language version", "finalize", version.Status.ToText(), version.Status is LanguageVersionStatus.Final or LanguageVersionStatus.Issued ? [] : [hint]);
        }

        await LanguageVersions.SetAsync(write, document.Id, command.Language, LanguageVersionStatus.Final, cancellationToken);
        return await DocumentReader.GetAsync(write, document.Id, seeRestricted, cancellationToken);
    }
}
