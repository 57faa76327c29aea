using Dapper;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.DonorRelations.Donors;

/// <summary>Add a donor.</summary>
/// <param name="Code">Short code, unique: capital letters, digits and hyphens (GOV-DE, ECHO).</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">What kind of donor it is.</param>
/// <param name="Country">Its country: ISO 3166-1 alpha-3 or alpha-2 or UN M49, kept as alpha-3.</param>
/// <param name="IatiRef">Its IATI organisation identifier.</param>
/// <param name="FtsId">Its FTS organisation id.</param>
/// <param name="FocalPoints">Its contact people.</param>
/// <param name="ReportingTemplate">The report format it asks for; default the 8+3 template.</param>
/// <param name="Status">prospect, active (default) or inactive.</param>
internal sealed record CreateDonorCommand(
    string? Code, string? Name, DonorType? Type, string? Country, string? IatiRef, string? FtsId, IReadOnlyList<FocalPoint>? FocalPoints,
    ReportingTemplate? ReportingTemplate, DonorStatus? Status) : ICommand<DonorDetails>, IDonorFields;

internal sealed class CreateDonorCommandValidator : AbstractValidator<CreateDonorCommand>
{
    public CreateDonorCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage("Use capital letters, digits and hyphens.");
        Include(new DonorFieldsValidator());
    }
}

internal sealed class CreateDonorCommandHandler(WriteSession write) : ICommandHandler<CreateDonorCommand, DonorDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM donor_relations.donors WHERE code = @Code";
    private const string InsertSql = """
        INSERT INTO donor_relations.donors (id, code, name, type, country, iati_ref, fts_id, focal_points, reporting_template, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Code, @Name, @Type, @Country, @IatiRef, @FtsId, @FocalPoints, @ReportingTemplate, @Status, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<DonorDetails> Handle(CreateDonorCommand command, CancellationToken cancellationToken)
    {
        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Code }, cancellationToken) > 0)
        {
            throw new DuplicateException("donor", "code", command.Code!);
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.Code, command.Name, Type = command.Type!.Value.ToText(), Country = Countries.Canonical(command.Country), command.IatiRef, command.FtsId,
            FocalPoints = JsonColumn.Write(command.FocalPoints), ReportingTemplate = (command.ReportingTemplate ?? ReportingTemplate.GrandBargain8Plus3).ToText(),
            Status = (command.Status ?? DonorStatus.Active).ToText(), write.Now, write.By,
        }, cancellationToken);
        var donor = await DonorRow.ReadAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Donor, id, "create", null, donor, cancellationToken);
        return donor;
    }
}
