using FluentValidation;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Delegations;

/// <summary>Record a delegation to a session: a Member State's or an observer's, one each per session.</summary>
/// <param name="Country">The Member State (recorded under /member-states): ISO 3166-1 alpha-3 or alpha-2, or UN M49.</param>
/// <param name="ObserverId">The observer, whose status holds during the session.</param>
[ValidatedAs(typeof(FormDelegationCommand))]
[MinProperties(1)]
internal sealed record FormDelegationRequest(string? Country, Guid? ObserverId);

internal sealed record FormDelegationCommand(Guid SessionId, string? Country, Guid? ObserverId) : ICommand<DelegationDetails>;

internal sealed class FormDelegationCommandValidator : AbstractValidator<FormDelegationCommand>
{
    public FormDelegationCommandValidator()
    {
        RuleFor(c => c.Country).CountryCode();
        RuleFor(c => c.Country).NotEmpty().WithMessage("Give country (a Member State) or observerId, one of them.").When(c => c.ObserverId is null);
        RuleFor(c => c.Country).Null().WithMessage("Give country or observerId, not both.").When(c => c.ObserverId is not null);
    }
}

internal sealed class FormDelegationCommandHandler(WriteSession write) : ICommandHandler<FormDelegationCommand, DelegationDetails>
{
    private const string MemberSql = "SELECT COUNT(*) FROM governing_bodies.member_states WHERE country = @Country AND member_since <= @EndDate";

    private const string ObserverSql = """
        SELECT COUNT(*) FROM governing_bodies.observers
        WHERE id = @ObserverId AND granted_on <= @EndDate AND (withdrawn_on IS NULL OR withdrawn_on > @StartDate)
        """;

    private const string TakenSql = """
        SELECT COUNT(*) FROM governing_bodies.delegations
        WHERE session_id = @SessionId AND (country = @Country OR observer_id = @ObserverId)
        """;

    private const string InsertSql = """
        INSERT INTO governing_bodies.delegations (id, session_id, country, observer_id, credentials_status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @SessionId, @Country, @ObserverId, @Status, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<DelegationDetails> Handle(FormDelegationCommand command, CancellationToken cancellationToken)
    {
        var session = await SessionReader.GetAsync(write, command.SessionId, cancellationToken);
        DelegationChecks.EnsureSessionOpen(session);
        var country = Countries.Canonical(command.Country);
        if (country is not null && await write.ExecuteScalarAsync<long>(MemberSql, new { Country = country, session.EndDate }, cancellationToken) == 0)
        {
            throw Invalid.Field("country", $"{country} is not a Member State by {session.EndDate:yyyy-MM-dd}: record it under /member-states first.");
        }

        if (command.ObserverId is not null
            && await write.ExecuteScalarAsync<long>(ObserverSql, new { command.ObserverId, session.StartDate, session.EndDate }, cancellationToken) == 0)
        {
            throw Invalid.Field("observerId", "No observer with this id holds the status during the session.");
        }

        if (await write.ExecuteScalarAsync<long>(TakenSql, new { command.SessionId, Country = country, command.ObserverId }, cancellationToken) > 0)
        {
            throw new DuplicateException("delegation", country is null ? "observerId" : "country", country ?? command.ObserverId!.Value.ToString());
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.SessionId, Country = country, command.ObserverId, Status = CredentialsStatus.NotReceived.ToText(), write.Now, write.By,
        }, cancellationToken);
        var created = await DelegationRow.ReadAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Delegation, id, "create", null, created, cancellationToken);
        return created;
    }
}
