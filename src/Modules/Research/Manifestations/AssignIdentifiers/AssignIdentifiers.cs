using FluentValidation;
using Iom.Modules.Research.Identifiers;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;

namespace Iom.Modules.Research.Manifestations;

/// <summary>Assign an ISBN or a DOI to a language version; an identifier once assigned is not changed.</summary>
/// <param name="Isbn">Its ISBN-13, check digit verified, unique.</param>
/// <param name="Doi">Its DOI, unique.</param>
[ValidatedAs(typeof(AssignIdentifiersCommand))]
[MinProperties(1)]
internal sealed record AssignIdentifiersRequest(string? Isbn, string? Doi);

internal sealed record AssignIdentifiersCommand(Guid Id, string? Isbn, string? Doi, int? ExpectedVersion) : ICommand<ManifestationDetails>;

internal sealed class AssignIdentifiersCommandValidator : AbstractValidator<AssignIdentifiersCommand>
{
    public AssignIdentifiersCommandValidator()
    {
        RuleFor(c => c.Isbn).MaximumLength(17).Isbn13();
        RuleFor(c => c.Doi).MaximumLength(220).Doi();
        RuleFor(c => c).Must(c => c.Isbn is not null || c.Doi is not null).WithName("isbn").WithMessage("Give an ISBN, a DOI or both.");
    }
}

internal sealed class AssignIdentifiersCommandHandler(WriteSession write)
    : ICommandHandler<AssignIdentifiersCommand, ManifestationDetails>
{
    private const string UpdateSql = """
        UPDATE research.manifestations SET isbn = @Isbn, doi = @Doi, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ManifestationDetails> Handle(AssignIdentifiersCommand command, CancellationToken cancellationToken)
    {
        var isbn = StandardIdentifiers.NormalizeIsbn13(command.Isbn);
        var doi = StandardIdentifiers.NormalizeDoi(command.Doi);
        var current = await ManifestationRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        if ((isbn is not null && current.Isbn is not null && current.Isbn != isbn) || (doi is not null && current.Doi is not null && !string.Equals(current.Doi, doi, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ConflictException("Identifier assigned", "This version already has a different ISBN or DOI; identifiers are not reassigned.", "identifier-assigned");
        }

        await ManifestationIdentifiers.EnsureFreeAsync(write, command.Id, isbn, doi, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, current.Version, Isbn = isbn ?? current.Isbn, Doi = doi ?? current.Doi, write.Now, write.By },
            current.Version, command.ExpectedVersion, cancellationToken);
        var manifestation = (await ManifestationRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Manifestation, command.Id, "assign-identifiers", current.ToResponse(), manifestation, cancellationToken);
        return manifestation;
    }
}
