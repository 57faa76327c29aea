using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>A lower distribution for a document.</summary>
/// <param name="Distribution">limited or general: restricted becomes limited or general, limited becomes general.</param>
[ValidatedAs(typeof(DerestrictDocumentCommand))]
internal sealed record DerestrictRequest(Distribution? Distribution);

/// <summary>Derestrict a document: restricted to limited or general, limited to general; never the other way.</summary>
internal sealed record DerestrictDocumentCommand(Guid Id, Distribution? Distribution, int? ExpectedVersion) : ICommand<DocumentDetails>;

internal sealed class DerestrictDocumentCommandValidator : AbstractValidator<DerestrictDocumentCommand>
{
    public DerestrictDocumentCommandValidator() =>
        RuleFor(c => c.Distribution).NotNull().IsInEnum().NotEqual(Distribution.Restricted).WithMessage("Derestriction lowers the distribution: give limited or general.");
}

internal sealed class DerestrictDocumentCommandHandler(WriteSession write, ICurrentUser user) : ICommandHandler<DerestrictDocumentCommand, DocumentDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.documents SET distribution = @Distribution, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<DocumentDetails> Handle(DerestrictDocumentCommand command, CancellationToken cancellationToken)
    {
        // A restricted document does not exist for a caller without the scope (404, as on every read); a visible one is a 403.
        var mayDerestrict = user.HasScope(GoverningBodiesScopes.Restricted);
        var before = await DocumentReader.GetAsync(write, command.Id, mayDerestrict, cancellationToken);
        if (!mayDerestrict)
        {
            throw new ForbiddenException($"Derestricting a document needs the scope {GoverningBodiesScopes.Restricted}.");
        }

        var target = command.Distribution!.Value;
        if (target >= before.Distribution)
        {
            throw new ConflictException(
                "Not a derestriction", $"{before.Symbol} is '{before.Distribution.ToText()}'; derestriction goes restricted → limited → general only.", "not-a-derestriction");
        }

        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Distribution = target.ToText(), write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await DocumentReader.GetAsync(write, command.Id, seeRestricted: true, cancellationToken);
        await write.RecordAsync(AuditedEntities.Document, command.Id, "derestrict", before, after, cancellationToken);
        return after;
    }
}
