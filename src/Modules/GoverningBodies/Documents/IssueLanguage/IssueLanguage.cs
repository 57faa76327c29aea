using Iom.Contracts.GoverningBodies;
using Iom.Modules.GoverningBodies.TranslationJobs;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Issue one available language version of a document; publishes DocumentLanguageIssued through the outbox.</summary>
internal sealed record IssueLanguageCommand(Guid DocumentId, string Language, int? ExpectedVersion) : ICommand<DocumentDetails>;

internal sealed class IssueLanguageCommandHandler(WriteSession write, ICurrentUser user)
    : ICommandHandler<IssueLanguageCommand, DocumentDetails>
{
    public async ValueTask<DocumentDetails> Handle(IssueLanguageCommand command, CancellationToken cancellationToken)
    {
        command = command with { Language = Languages.Normalize(command.Language)! };
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        var document = await DocumentReader.GetRowAsync(write, command.DocumentId, seeRestricted, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, document.Version);
        var version = (await DocumentReader.LanguagesAsync(write, [document.Id], cancellationToken))[document.Id]
            .FirstOrDefault(v => v.Language == command.Language)
            ?? throw new NotFoundException("language version", $"{document.Symbol} {command.Language}");
        if (version.Status != LanguageVersionStatus.Available)
        {
            throw new InvalidTransitionException(
                "language version", "issue", version.Status.ToText(), version.Status == LanguageVersionStatus.Issued ? [] : ["deliver a translation first"]);
        }

        await LanguageVersions.SetAsync(write, document.Id, command.Language, LanguageVersionStatus.Issued, cancellationToken);
        await write.PublishAsync(
            new DocumentLanguageIssued(write.NewId(), write.Now, document.Id, document.Symbol, command.Language, document.Distribution.ToText()),
            cancellationToken);
        var details = await DocumentReader.GetAsync(write, document.Id, seeRestricted, cancellationToken);
        return details;
    }
}
