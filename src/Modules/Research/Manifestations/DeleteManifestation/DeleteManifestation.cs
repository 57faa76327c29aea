using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.Research.Manifestations;

/// <summary>
/// Remove a language version added by mistake, while it has no ISBN or DOI (identifiers are registered outside), no
/// translation of it is under way, and no other version is translated from it.
/// </summary>
internal sealed record DeleteManifestationCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteManifestationCommandHandler(WriteSession write) : ICommandHandler<DeleteManifestationCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM research.manifestations WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM research.manifestations WHERE translation_of = @Id", "translation"),
    ];

    public async ValueTask<Unit> Handle(DeleteManifestationCommand command, CancellationToken cancellationToken)
    {
        var before = (await ManifestationRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Isbn is not null || before.Doi is not null)
        {
            throw new ConflictException("Version has identifiers", "An ISBN or DOI is assigned to this version; identifiers are registered outside and it stays on record.", "not-removable");
        }

        if (before.TranslationStatus is TranslationStatus.Approved or TranslationStatus.InTranslation or TranslationStatus.Done)
        {
            throw new ConflictException("Translation under way", $"Its translation is '{before.TranslationStatus.ToText()}'; cancel the translation first.", "not-removable");
        }

        await write.EnsureNoneAsync("language version", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Manifestation, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
