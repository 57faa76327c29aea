using Dapper;
using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Registrations;

/// <summary>The list of participants of a session.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Format">json (default) or csv; without it, the Accept header may ask for text/csv.</param>
internal sealed record GetParticipantsQuery(Guid SessionId, string? Format) : IQuery<ListOfParticipants>;

internal sealed class GetParticipantsQueryValidator : AbstractValidator<GetParticipantsQuery>
{
    public GetParticipantsQueryValidator() => RuleFor(q => q.Format).Must(f => f is null or "json" or "csv").WithMessage("format is json or csv.");
}

internal sealed class GetParticipantsQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetParticipantsQuery, ListOfParticipants>
{
    private const string AccreditedSql = """
        SELECT r.role, r.head_of_delegation AS HeadOfDelegation, r.honorific, r.given_name AS GivenName, r.family_name AS FamilyName, r.job_title AS JobTitle,
               r.organization, d.country AS Country, o.kind AS ObserverKind, o.country AS ObserverCountry, o.name_en AS ObserverName
        FROM governing_bodies.registrations r
        LEFT JOIN governing_bodies.delegations d ON d.id = r.delegation_id
        LEFT JOIN governing_bodies.observers o ON o.id = d.observer_id
        WHERE r.session_id = @SessionId AND r.status IN ('approved', 'badgeIssued', 'checkedIn')
        """;

    public async ValueTask<ListOfParticipants> Handle(GetParticipantsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var session = await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var rows = await read.QueryAsync<AccreditedRow>(AccreditedSql, new { query.SessionId }, cancellationToken);
        var groups = rows
            .GroupBy(r => r.Group)
            .OrderBy(g => g.Key)
            .Select(g => new ParticipantGroup(g.Key, g
                .GroupBy(r => (r.DelegationName, r.StateCode))
                .OrderBy(d => d.Key.DelegationName, StringComparer.Ordinal)
                .Select(d => new ParticipantDelegation(d.Key.DelegationName, d.Key.StateCode, d
                    .OrderByDescending(p => p.HeadOfDelegation).ThenBy(p => p.Role).ThenBy(p => p.FamilyName, StringComparer.Ordinal).ThenBy(p => p.GivenName, StringComparer.Ordinal)
                    .Select(p => new Participant(p.Role, p.HeadOfDelegation, p.Honorific, p.GivenName, p.FamilyName, p.JobTitle)).ToList()))
                .ToList()))
            .ToList();
        return new ListOfParticipants(session.Id, session.SymbolPrefix, groups);
    }

    private sealed class AccreditedRow
    {
        public RegistrationRole Role { get; set; }
        public bool HeadOfDelegation { get; set; }
        public string? Honorific { get; set; }
        public string GivenName { get; set; } = string.Empty;
        public string FamilyName { get; set; } = string.Empty;
        public string? JobTitle { get; set; }
        public string? Organization { get; set; }
        public string? Country { get; set; }
        public string? ObserverKind { get; set; }
        public string? ObserverCountry { get; set; }
        public string? ObserverName { get; set; }

        public ParticipantGroupKind Group => (Role, Country, ObserverKind) switch
        {
            (RegistrationRole.Press, _, _) => ParticipantGroupKind.Press,
            (RegistrationRole.Secretariat, _, _) => ParticipantGroupKind.Secretariat,
            (_, not null, _) => ParticipantGroupKind.MemberStates,
            (_, _, "state") => ParticipantGroupKind.ObserverStates,
            (_, _, "igo") => ParticipantGroupKind.IntergovernmentalOrganizations,
            _ => ParticipantGroupKind.NonGovernmentalOrganizations,
        };

        public string? StateCode => Country ?? ObserverCountry;

        public string DelegationName =>
            Countries.TryFind(StateCode, out var country) ? country.Name.En ?? StateCode! : ObserverName ?? Organization ?? string.Empty;
    }
}
