using Iom.SharedKernel.Data;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Release a draft edition: it is served, and its dataset's default if it is the latest release.</summary>
internal sealed record ReleaseEditionCommand(Guid Id, int? ExpectedVersion) : ICommand<EditionDetails>;

internal sealed class ReleaseEditionCommandHandler(WriteSession write) : ICommandHandler<ReleaseEditionCommand, EditionDetails>
{
    public async ValueTask<EditionDetails> Handle(ReleaseEditionCommand command, CancellationToken cancellationToken) =>
        await EditionTransitions.ApplyAsync(write, command.Id, "release", null, command.ExpectedVersion, cancellationToken);
}
