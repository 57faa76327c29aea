using Dapper;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Add a data partner.</summary>
/// <param name="Code">Short code, unique: capital letters, digits and hyphens.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Website">Its website (https).</param>
internal sealed record CreatePartnerCommand(string? Code, string? Name, PartnerKind? Kind, string? Website) : ICommand<PartnerDetails>, IPartnerFields;

internal sealed class CreatePartnerCommandValidator : AbstractValidator<CreatePartnerCommand>
{
    public CreatePartnerCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage("Use capital letters, digits and hyphens.");
        Include(new PartnerFieldsValidator());
    }
}

internal sealed class CreatePartnerCommandHandler(WriteSession write) : ICommandHandler<CreatePartnerCommand, PartnerDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM migration_data.partners WHERE code = @Code";
    private const string InsertSql = """
        INSERT INTO migration_data.partners (id, code, name, kind, website, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Code, @Name, @Kind, @Website, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<PartnerDetails> Handle(CreatePartnerCommand command, CancellationToken cancellationToken)
    {
        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Code }, cancellationToken) > 0)
        {
            throw new DuplicateException("partner", "code", command.Code!);
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new { Id = id, command.Code, command.Name, Kind = command.Kind!.Value.ToText(), command.Website, write.Now, write.By }, cancellationToken);
        var partner = (await PartnerRow.FindAsync(write, id, cancellationToken))!;
        await write.RecordAsync(AuditedEntities.Partner, id, "create", null, partner, cancellationToken);
        return partner;
    }
}
