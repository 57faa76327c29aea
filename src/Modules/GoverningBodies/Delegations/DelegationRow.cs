using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Delegations;

internal sealed class DelegationRow
{
    public const string SelectFrom = """
        SELECT d.id, d.session_id, d.country, d.observer_id, d.credentials_status, d.credentials_reference, d.credentials_received_on,
               o.country AS ObserverCountry, o.name_en AS ObserverNameEn, o.name_fr AS ObserverNameFr, o.name_es AS ObserverNameEs,
               d.version, d.created_at, d.created_by, d.updated_at, d.updated_by
        FROM governing_bodies.delegations d
        LEFT JOIN governing_bodies.observers o ON o.id = d.observer_id
        """;

    private const string ById = SelectFrom + " WHERE d.id = @Id";

    private const string MembersSql = """
        SELECT r.delegation_id AS DelegationId, r.id AS RegistrationId, r.role, r.head_of_delegation AS HeadOfDelegation, r.honorific, r.given_name AS GivenName,
               r.family_name AS FamilyName, r.job_title AS JobTitle, r.status
        FROM governing_bodies.registrations r
        WHERE r.delegation_id IN @Ids AND r.status NOT IN ('rejected', 'withdrawn')
        ORDER BY r.delegation_id, r.family_name, r.given_name, r.id
        """;

    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public string? Country { get; set; }
    public Guid? ObserverId { get; set; }
    public CredentialsStatus CredentialsStatus { get; set; }
    public string? CredentialsReference { get; set; }
    public DateOnly? CredentialsReceivedOn { get; set; }
    public string? ObserverCountry { get; set; }
    public string? ObserverNameEn { get; set; }
    public string? ObserverNameFr { get; set; }
    public string? ObserverNameEs { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<DelegationRow> GetRowAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<DelegationRow>(ById, new { Id = id }, cancellationToken) ?? throw new NotFoundException("delegation", id);

    public static async Task<DelegationDetails> ReadAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        (await ToResponsesAsync(db, [await GetRowAsync(db, id, cancellationToken)], cancellationToken))[0];

    /// <summary>Responses for <paramref name="rows"/>, their members read in one query.</summary>
    public static async Task<List<DelegationDetails>> ToResponsesAsync(IDbSession db, IReadOnlyList<DelegationRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var members = (await db.QueryAsync<MemberRow>(MembersSql, new { Ids = rows.Select(r => r.Id).ToList() }, cancellationToken)).ToLookup(m => m.DelegationId);
        return rows.Select(r => r.ToResponse(members[r.Id].ToList())).ToList();
    }

    /// <summary>The State's name from the code list, or the organization's as recorded.</summary>
    public LocalizedText Name =>
        Countries.TryFind(Country ?? ObserverCountry, out var country) ? country.Name : new LocalizedText(ObserverNameEn, ObserverNameFr, ObserverNameEs);

    private DelegationDetails ToResponse(List<MemberRow> members)
    {
        Delegate[] With(string role) => members.Where(m => m.Role == role).Select(m => m.ToDelegate()).ToArray();
        return new DelegationDetails(
            Id, SessionId, Country is null ? DelegationKind.Observer : DelegationKind.MemberState, Country, ObserverId, Name,
            new Credentials(CredentialsStatus, CredentialsReference, CredentialsReceivedOn),
            new DelegationMembers(members.FirstOrDefault(m => m.HeadOfDelegation)?.ToDelegate(), With("representative"), With("alternate"), With("adviser"), With("observer")),
            CredentialsRules.Machine.AllowedActions(CredentialsStatus),
            Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
    }

    private sealed class MemberRow
    {
        public Guid DelegationId { get; set; }
        public Guid RegistrationId { get; set; }
        public string Role { get; set; } = string.Empty;
        public bool HeadOfDelegation { get; set; }
        public string? Honorific { get; set; }
        public string GivenName { get; set; } = string.Empty;
        public string FamilyName { get; set; } = string.Empty;
        public string? JobTitle { get; set; }
        public string Status { get; set; } = string.Empty;

        public Delegate ToDelegate() => new(RegistrationId, Honorific, GivenName, FamilyName, JobTitle, Status);
    }
}
