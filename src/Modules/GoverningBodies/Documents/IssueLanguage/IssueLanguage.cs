using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Issue one final language version of a document; publishes DocumentLanguageIssued through the outbox.</summary>
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
        var version = await DocumentReader.GetLanguageAsync(write, document, command.Language, cancellationToken);
        if (version.Status != LanguageVersionStatus.Final)
        {
            throw new InvalidTransitionException(
                "language version", "issue", version.Status.ToText(), version.Status == LanguageVersionStatus.Issued ? [] : ["bring it to final first"]);
        }

        await DocumentIssue.LanguageAsync(write, document, command.Language, cancellationToken);
        var details = await DocumentReader.GetAsync(write, document.Id, seeRestricted, cancellationToken);
        return details;
    }
}
