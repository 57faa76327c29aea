using Dapper;
using Iom.Modules.GoverningBodies.Delegations;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.GoverningBodies.Registrations;

/// <summary>The checks registering and correcting share: the delegation, the role it takes, the document it needs, its one head.</summary>
internal static class RegistrationWriter
{
    private const string DelegationSql = """
        SELECT d.session_id AS SessionId, d.country AS Country, o.kind AS ObserverKind
        FROM governing_bodies.delegations d
        LEFT JOIN governing_bodies.observers o ON o.id = d.observer_id
        WHERE d.id = @Id
        """;

    private const string HeadTakenSql = """
        SELECT COUNT(*) FROM governing_bodies.registrations
        WHERE delegation_id = @DelegationId AND head_of_delegation = 1 AND status IN ('pending', 'approved', 'badgeIssued', 'checkedIn') AND id <> @Id
        """;

    public static async Task EnsureConsistentAsync(IDbSession db, SessionRow session, IRegistrationFields fields, Guid id, CancellationToken cancellationToken)
    {
        DelegationChecks.EnsureSessionOpen(session);
        if (fields.DelegationId is not { } delegationId)
        {
            return;
        }

        var delegation = await db.QuerySingleOrDefaultAsync<DelegationParty>(DelegationSql, new { Id = delegationId }, cancellationToken);
        if (delegation is null || delegation.SessionId != session.Id)
        {
            throw Invalid.Field("delegationId", "Not a delegation to this session.");
        }

        var government = delegation.Country is not null || delegation.ObserverKind == "state";
        var role = fields.Role!.Value;
        if ((delegation.Country is not null) == (role == RegistrationRole.Observer))
        {
            throw Invalid.Field("role", delegation.Country is not null
                ? "A Member State's delegation has representatives, alternates and advisers."
                : "An observer's delegation has observers.");
        }

        var expected = government ? SupportingDocumentKind.NoteVerbale : SupportingDocumentKind.NominationLetter;
        if (fields.SupportingDocument!.Kind != expected)
        {
            throw Invalid.Field("supportingDocument.kind", government
                ? "A government's delegate registers with a note verbale from its Permanent Mission."
                : "An organization's delegate registers with a nomination letter.");
        }

        if (fields.HeadOfDelegation == true
            && await db.ExecuteScalarAsync<long>(HeadTakenSql, new { DelegationId = delegationId, Id = id }, cancellationToken) > 0)
        {
            throw new ConflictException("The delegation has a head", "Another registration heads this delegation: withdraw it or correct it first.", "head-designated");
        }
    }

    private sealed class DelegationParty
    {
        public Guid SessionId { get; set; }
        public string? Country { get; set; }
        public string? ObserverKind { get; set; }
    }
}
