using Dapper;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Add an edition to a dataset, as a draft: load its observations, compare its coverage, then release it.</summary>
/// <param name="Edition">Its label, unique within the dataset ignoring case: letters, digits, spaces, '.', '_' and '-' (2024, IMS 2024).</param>
/// <param name="ReleasedOn">When the partner released it: today at the latest.</param>
/// <param name="RetrievedOn">When GMDAC retrieved it: on or after its release, today at the latest.</param>
/// <param name="Notes">Notes on this edition.</param>
[ValidatedAs(typeof(CreateEditionCommand))]
internal sealed record CreateEditionRequest(string? Edition, DateOnly ReleasedOn, DateOnly? RetrievedOn, string? Notes);

internal sealed record CreateEditionCommand(Guid DatasetId, string? Edition, DateOnly ReleasedOn, DateOnly? RetrievedOn, string? Notes) : ICommand<EditionDetails>;

internal sealed class CreateEditionCommandValidator : AbstractValidator<CreateEditionCommand>
{
    public CreateEditionCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Edition).NotEmpty().MaximumLength(40).Matches("^[A-Za-z0-9]([A-Za-z0-9 ._-]*[A-Za-z0-9._-])?$")
            .WithMessage("Use letters, digits, spaces, '.', '_' and '-', starting with a letter or digit and not ending with a space.");
        RuleFor(c => c.ReleasedOn).NotEmpty().NotInFuture(clock);
        RuleFor(c => c.RetrievedOn).NotInFuture(clock);
        RuleFor(c => c.RetrievedOn).GreaterThanOrEqualTo(c => c.ReleasedOn).When(c => c.RetrievedOn is not null).WithMessage("An edition cannot be retrieved before its release.");
        RuleFor(c => c.Notes).MaximumLength(2000);
    }
}

internal sealed class CreateEditionCommandHandler(WriteSession write) : ICommandHandler<CreateEditionCommand, EditionDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM migration_data.editions WHERE dataset_id = @DatasetId AND edition = @Edition";
    private const string InsertSql = """
        INSERT INTO migration_data.editions (id, dataset_id, edition, released_on, retrieved_on, notes, observation_count, status, version,
            created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @DatasetId, @Edition, @ReleasedOn, @RetrievedOn, @Notes, 0, @Status, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<EditionDetails> Handle(CreateEditionCommand command, CancellationToken cancellationToken)
    {
        _ = await DatasetRow.GetAsync(write, command.DatasetId, cancellationToken);
        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.DatasetId, command.Edition }, cancellationToken) > 0)
        {
            throw new DuplicateException("edition", "edition", command.Edition!);
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new { Id = id, command.DatasetId, command.Edition, command.ReleasedOn, command.RetrievedOn, command.Notes, Status = EditionStatus.Draft.ToText(), write.Now, write.By }, cancellationToken);
        var edition = (await EditionRow.GetAsync(write, id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Edition, id, "create", null, edition, cancellationToken);
        return edition;
    }
}
