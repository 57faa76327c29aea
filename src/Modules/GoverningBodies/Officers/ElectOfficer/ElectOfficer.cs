using FluentValidation;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Officers;

/// <summary>Record an officer the session elected.</summary>
/// <param name="Role">chair, viceChair or rapporteur; a session has one Chair and one Rapporteur.</param>
/// <param name="Name">The person elected, as the report of the session names them.</param>
/// <param name="Country">The member state the officer comes from: ISO 3166-1 alpha-3 or alpha-2, or UN M49.</param>
/// <param name="ElectedOn">The day of the election, within the session's dates; the opening day when absent.</param>
[ValidatedAs(typeof(ElectOfficerCommand))]
internal sealed record ElectOfficerRequest(OfficerRole? Role, string? Name, string? Country, DateOnly? ElectedOn);

internal sealed record ElectOfficerCommand(Guid SessionId, OfficerRole? Role, string? Name, string? Country, DateOnly? ElectedOn) : ICommand<OfficerDetails>;

internal sealed class ElectOfficerCommandValidator : AbstractValidator<ElectOfficerCommand>
{
    public ElectOfficerCommandValidator()
    {
        RuleFor(c => c.Role).NotNull().IsInEnum();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200).Reference();
        RuleFor(c => c.Country).CountryCode();
    }
}

internal sealed class ElectOfficerCommandHandler(WriteSession write) : ICommandHandler<ElectOfficerCommand, OfficerDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM governing_bodies.session_officers WHERE session_id = @SessionId AND role = @Role";

    private const string InsertSql = """
        INSERT INTO governing_bodies.session_officers (id, session_id, role, name, country, elected_on, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @SessionId, @Role, @Name, @Country, @ElectedOn, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<OfficerDetails> Handle(ElectOfficerCommand command, CancellationToken cancellationToken)
    {
        var session = await SessionReader.GetAsync(write, command.SessionId, cancellationToken);
        OfficerRules.EnsureElectable(session);
        var electedOn = OfficerRules.ElectionDay(session, command.ElectedOn);
        var role = command.Role!.Value;
        if (role != OfficerRole.ViceChair && await write.ExecuteScalarAsync<long>(TakenSql, new { command.SessionId, Role = role.ToText() }, cancellationToken) > 0)
        {
            throw new DuplicateException("officer", "role", role.ToText());
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.SessionId, Role = role.ToText(), command.Name, Country = Countries.Canonical(command.Country), ElectedOn = electedOn, write.Now, write.By,
        }, cancellationToken);
        var created = await OfficerRow.GetAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Officer, id, "create", null, created, cancellationToken);
        return created;
    }
}
