using Iom.SharedKernel.Data;
using System.Data.Common;
using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal enum PartnerKind
{
    UnAgency,
    InternationalFinancialInstitution,
    Oecd,
    NationalStatisticsOffice,
    Academic,
    Private,
    Other,
}

/// <summary>An organisation GMDAC receives data from.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Code">Short code, unique (UNDESA, WB, UNICEF).</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Website">Its website.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record PartnerDetails(
    Guid Id, string Code, string Name, PartnerKind Kind, string? Website, int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy)
    : IVersionedResource;

internal sealed class PartnerRow
{
    public const string SelectFrom = "SELECT id, code, name, kind, website, version, created_at, created_by, updated_at, updated_by FROM migration_data.partners";
    private const string ById = SelectFrom + " WHERE id = @Id";

    public Guid Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public PartnerKind Kind { get; set; }
    public string? Website { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<PartnerDetails?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        (await db.QuerySingleOrDefaultAsync<PartnerRow>(ById, new { Id = id }, cancellationToken))?.ToResponse();

    public PartnerDetails ToResponse() => new(Id, Code, Name, Kind, Website, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}

/// <summary>Add a data partner.</summary>
/// <param name="Code">Short code, unique: capital letters, digits and hyphens.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Website">Its website (https).</param>
internal sealed record CreatePartnerCommand(string? Code, string? Name, PartnerKind? Kind, string? Website) : ICommand<PartnerDetails>;

internal sealed class CreatePartnerCommandValidator : AbstractValidator<CreatePartnerCommand>
{
    public CreatePartnerCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage("Use capital letters, digits and hyphens.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Website).MaximumLength(300).Must(w => w is null || (Uri.TryCreate(w, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps))
            .WithMessage("Give an absolute https URL.");
    }
}

internal sealed record ListPartnersQuery : IQuery<IReadOnlyList<PartnerDetails>>;

internal sealed record GetPartnerQuery(Guid Id) : IQuery<PartnerDetails>;

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

        var id = Guid.CreateVersion7();
        await write.ExecuteAsync(InsertSql, new { Id = id, command.Code, command.Name, Kind = command.Kind!.Value.ToText(), command.Website, write.Now, write.By }, cancellationToken);
        var partner = (await PartnerRow.FindAsync(write, id, cancellationToken))!;
        await write.RecordAsync(AuditedEntities.Partner, id, "create", null, partner, cancellationToken);
        return partner;
    }
}

internal sealed class ListPartnersQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListPartnersQuery, IReadOnlyList<PartnerDetails>>
{
    public async ValueTask<IReadOnlyList<PartnerDetails>> Handle(ListPartnersQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await read.QueryAsync<PartnerRow>(PartnerRow.SelectFrom + " ORDER BY code", null, cancellationToken)).Select(r => r.ToResponse()).ToList();
    }
}

internal sealed class GetPartnerQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetPartnerQuery, PartnerDetails>
{
    public async ValueTask<PartnerDetails> Handle(GetPartnerQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await PartnerRow.FindAsync(read, query.Id, cancellationToken) ?? throw new NotFoundException("partner", query.Id);
    }
}

internal static class PartnerEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        ResourceEndpoints.MapCreate<CreatePartnerCommand, PartnerDetails>(module, "/partners", r => r.Id, "MigrationData_CreatePartner", "Add a data partner")
            .ProducesProblem(StatusCodes.Status409Conflict);
        module.MapGet("/partners", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListPartnersQuery(), ct)))
            .WithName("MigrationData_ListPartners")
            .WithSummary("List the data partners by code")
            .Produces<IReadOnlyList<PartnerDetails>>();
        ResourceEndpoints.MapGetById(module, "/partners/{id:guid}", id => new GetPartnerQuery(id), "MigrationData_GetPartner", "Get a data partner");
    }
}
