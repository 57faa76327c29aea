using Dapper;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.Delegations;

/// <summary>The Director General's report on the credentials of a session's delegations, as data.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="SymbolPrefix">Prefix of the session's documents' symbols.</param>
/// <param name="MemberStates">Member States' delegations by the state of their credentials.</param>
/// <param name="Observers">Observers' delegations by the state of their credentials.</param>
internal sealed record CredentialsReport(Guid SessionId, string? SymbolPrefix, CredentialsTally MemberStates, CredentialsTally Observers);

/// <summary>Delegations by the state of their credentials, each list by English name.</summary>
/// <param name="Accepted">Credentials found in order.</param>
/// <param name="Provisional">Admitted provisionally, pending their original credentials.</param>
/// <param name="UnderExamination">Received or examined, not yet decided.</param>
/// <param name="NotReceived">Delegations whose credentials have not arrived.</param>
internal sealed record CredentialsTally(
    IReadOnlyList<CredentialsEntry> Accepted, IReadOnlyList<CredentialsEntry> Provisional, IReadOnlyList<CredentialsEntry> UnderExamination, IReadOnlyList<CredentialsEntry> NotReceived);

/// <summary>One delegation in the report.</summary>
/// <param name="DelegationId">The delegation.</param>
/// <param name="Country">The State, if it is one.</param>
/// <param name="Name">The State's or organization's name in English.</param>
/// <param name="Reference">The formal communication.</param>
/// <param name="ReceivedOn">The day it was received.</param>
internal sealed record CredentialsEntry(Guid DelegationId, string? Country, string Name, string? Reference, DateOnly? ReceivedOn);

internal sealed record GetCredentialsReportQuery(Guid SessionId) : IQuery<CredentialsReport>;

internal sealed class GetCredentialsReportQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetCredentialsReportQuery, CredentialsReport>
{
    private const string BySessionSql = DelegationRow.SelectFrom + " WHERE d.session_id = @SessionId";

    public async ValueTask<CredentialsReport> Handle(GetCredentialsReportQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var session = await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var rows = (await read.QueryAsync<DelegationRow>(BySessionSql, new { query.SessionId }, cancellationToken)).ToList();
        return new CredentialsReport(session.Id, session.SymbolPrefix, Tally(rows.Where(r => r.Country is not null)), Tally(rows.Where(r => r.Country is null)));
    }

    private static CredentialsTally Tally(IEnumerable<DelegationRow> rows)
    {
        var entries = rows
            .Select(r => (r.CredentialsStatus, Entry: new CredentialsEntry(r.Id, r.Country ?? r.ObserverCountry, r.Name.En ?? r.Name.Fr ?? r.Name.Es ?? string.Empty, r.CredentialsReference, r.CredentialsReceivedOn)))
            .OrderBy(e => e.Entry.Name, StringComparer.Ordinal).ThenBy(e => e.Entry.DelegationId).ToList();
        List<CredentialsEntry> With(params CredentialsStatus[] statuses) => entries.Where(e => statuses.Contains(e.CredentialsStatus)).Select(e => e.Entry).ToList();
        return new CredentialsTally(
            With(CredentialsStatus.Accepted), With(CredentialsStatus.Provisional), With(CredentialsStatus.Received, CredentialsStatus.Examined), With(CredentialsStatus.NotReceived));
    }
}
