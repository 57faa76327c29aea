using System.Globalization;
using FluentValidation;
using Iom.Modules.GoverningBodies.Delegations;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Registrations;

/// <summary>Why a registration is rejected.</summary>
/// <param name="Reason">Kept on the registration and in its history.</param>
[ValidatedAs(typeof(RejectRegistrationRequest))]
internal sealed record RejectRegistrationRequest(string? Reason);

internal sealed class RejectRegistrationRequestValidator : AbstractValidator<RejectRegistrationRequest>
{
    public RejectRegistrationRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500).WithMessage("Say why the registration is rejected (500 characters at most).");
}

internal sealed record ChangeRegistrationStatusCommand(Guid Id, string Action, string? Reason, int? ExpectedVersion) : ICommand<RegistrationDetails>;

internal sealed class ChangeRegistrationStatusCommandValidator : AbstractValidator<ChangeRegistrationStatusCommand>
{
    public ChangeRegistrationStatusCommandValidator()
    {
        RuleFor(c => c.Reason).MaximumLength(500);
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the registration is rejected (500 characters at most).").When(c => c.Action == "reject");
    }
}

internal sealed class ChangeRegistrationStatusCommandHandler(WriteSession write, ICurrentUser user) : ICommandHandler<ChangeRegistrationStatusCommand, RegistrationDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.registrations
        SET status = @Status, decision_reason = COALESCE(@Reason, decision_reason), badge_number = COALESCE(@BadgeNumber, badge_number),
            checked_in_at = CASE WHEN @CheckingIn = 1 THEN @Now ELSE checked_in_at END,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    // The session row serialises concurrent issuers: each takes the next number under the row's update lock.
    private const string NextBadgeSql = "UPDATE governing_bodies.sessions SET badges_issued = badges_issued + 1 WHERE id = @SessionId";

    private const string BadgeSql = "SELECT number AS Number, badges_issued AS Issued FROM governing_bodies.sessions WHERE id = @SessionId";

    public async ValueTask<RegistrationDetails> Handle(ChangeRegistrationStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await RegistrationRow.GetAsync(write, command.Id, seePersonal: true, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = RegistrationRules.Machine.Apply(command.Action, before.Status);
        var badge = next == RegistrationStatus.BadgeIssued ? await NextBadgeAsync(before.SessionId, cancellationToken) : null;
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            before.Version,
            Status = next.ToText(),
            Reason = command.Action == "reject" ? command.Reason : null,
            BadgeNumber = badge,
            CheckingIn = next == RegistrationStatus.CheckedIn ? 1 : 0,
            write.Now,
            write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        await DelegationVersions.TouchAsync(write, before.DelegationId, cancellationToken);
        await write.RecordAsync(AuditedEntities.Registration, command.Id, command.Action, before, await RegistrationRow.GetAsync(write, command.Id, seePersonal: true, cancellationToken), cancellationToken, command.Reason);
        return await RegistrationRow.GetAsync(write, command.Id, user.HasScope(GoverningBodiesScopes.PersonalData), cancellationToken);
    }

    /// <summary>The session's next badge: its number and a running count (115-0042).</summary>
    private async Task<string> NextBadgeAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await write.ExecuteAsync(NextBadgeSql, new { SessionId = sessionId }, cancellationToken);
        var counter = await write.QuerySingleOrDefaultAsync<BadgeCounter>(BadgeSql, new { SessionId = sessionId }, cancellationToken)
            ?? throw new NotFoundException("session", sessionId);
        return $"{counter.Number.ToString(CultureInfo.InvariantCulture)}-{counter.Issued.ToString("0000", CultureInfo.InvariantCulture)}";
    }

    private sealed class BadgeCounter
    {
        public int Number { get; set; }
        public int Issued { get; set; }
    }
}
