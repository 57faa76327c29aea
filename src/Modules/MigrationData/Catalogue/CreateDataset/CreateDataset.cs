using Dapper;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Add a dataset.</summary>
/// <param name="Code">Short code, unique: capital letters, digits and hyphens (UNDESA-IMS).</param>
/// <param name="PartnerId">The partner that publishes it.</param>
/// <param name="Title">Title per language.</param>
/// <param name="Licence">Licence of the data.</param>
/// <param name="Coverage">What it covers.</param>
/// <param name="Methodology">Methodology notes.</param>
internal sealed record CreateDatasetCommand(string? Code, Guid PartnerId, LocalizedText? Title, string? Licence, string? Coverage, string? Methodology)
    : ICommand<DatasetDetails>, IDatasetFields;

internal sealed class CreateDatasetCommandValidator : AbstractValidator<CreateDatasetCommand>
{
    public CreateDatasetCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage("Use capital letters, digits and hyphens.");
        RuleFor(c => c.PartnerId).NotEmpty();
        Include(new DatasetFieldsValidator());
    }
}

internal sealed class CreateDatasetCommandHandler(WriteSession write) : ICommandHandler<CreateDatasetCommand, DatasetDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM migration_data.datasets WHERE code = @Code";
    private const string InsertSql = """
        INSERT INTO migration_data.datasets (id, code, partner_id, title_en, title_fr, title_es, licence, coverage, methodology, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Code, @PartnerId, @TitleEn, @TitleFr, @TitleEs, @Licence, @Coverage, @Methodology, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<DatasetDetails> Handle(CreateDatasetCommand command, CancellationToken cancellationToken)
    {
        if (await PartnerRow.FindAsync(write, command.PartnerId, cancellationToken) is null)
        {
            throw Invalid.Field("partnerId", $"No partner has the id {command.PartnerId}.");
        }

        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Code }, cancellationToken) > 0)
        {
            throw new DuplicateException("dataset", "code", command.Code!);
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.Code, command.PartnerId, TitleEn = command.Title!.En, TitleFr = command.Title.Fr, TitleEs = command.Title.Es,
            command.Licence, command.Coverage, command.Methodology, write.Now, write.By,
        }, cancellationToken);
        var dataset = (await DatasetRow.GetAsync(write, id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Dataset, id, "create", null, dataset, cancellationToken);
        return dataset;
    }
}
