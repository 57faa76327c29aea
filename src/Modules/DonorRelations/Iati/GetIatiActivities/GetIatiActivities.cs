using System.Xml.Linq;
using Dapper;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;
using Iom.SharedKernel.Data;
using Mediator;

namespace Iom.Modules.DonorRelations.Iati;

/// <summary>
/// IATI 2.03 activities: one per contribution agreement past draft, with its funding flows as transactions, and one per
/// donor and appeal for the flows that came without an agreement.
/// </summary>
/// <param name="DonorId">Only this donor's agreements.</param>
internal sealed record GetIatiActivitiesQuery(Guid? DonorId) : IQuery<string>;

internal sealed class GetIatiActivitiesQueryHandler(DonorRelationsDatabase db, TimeProvider clock) : IQueryHandler<GetIatiActivitiesQuery, string>
{
    private const string AgreementsSql = AgreementRow.SelectFrom + " WHERE g.status <> 'draft' ORDER BY g.reference";
    private const string AgreementsOfDonorSql = AgreementRow.SelectFrom + " WHERE g.status <> 'draft' AND g.donor_id = @DonorId ORDER BY g.reference";
    private const string FlowsSql = FlowRow.SelectFrom + " ORDER BY f.flow_date, f.id";
    private const string AppealsSql = AppealRow.SelectFrom + " WHERE a.id IN @Ids";

    public async ValueTask<string> Handle(GetIatiActivitiesQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var rows = (await read.QueryAsync<AgreementRow>(
            query.DonorId is null ? AgreementsSql : AgreementsOfDonorSql,
            new { query.DonorId }, cancellationToken)).ToList();
        var agreements = await AgreementRow.ToResponsesAsync(read, rows, cancellationToken);
        var donors = (await read.QueryAsync<DonorRow>(DonorRow.SelectFrom, null, cancellationToken)).ToDictionary(d => d.Id);
        var flows = (await read.QueryAsync<FlowRow>(FlowsSql, null, cancellationToken)).ToList();
        var byAgreement = flows.Where(f => f.AgreementId is not null).ToLookup(f => f.AgreementId!.Value);
        // With a donor named: the activities it extends (a contribution passed on through a pooled fund is the fund's).
        var outside = query.DonorId is null ? flows : flows.Where(f => f.DonorId == query.DonorId).ToList();
        // Only the appeals (and their lines) that money outside agreements went to are read.
        var appealIds = outside.Where(f => f.AgreementId is null && f.AppealId is not null).Select(f => f.AppealId!.Value).Distinct().ToList();
        var appeals = appealIds.Count == 0 ? []
            : (await read.QueryAsync<AppealRow>(AppealsSql, new { Ids = appealIds }, cancellationToken)).ToDictionary(a => a.Id);
        var lines = (await AppealRow.LinesAsync(read, appealIds, cancellationToken)).SelectMany(g => g).ToDictionary(l => l.Id);
        var activities = agreements.Select(a => IatiActivities.FromAgreement(a, donors[a.DonorId], [.. byAgreement[a.Id]]))
            .Concat(IatiActivities.WithoutAgreement(outside, donors, appeals, lines));
        var document = IatiXml.Activities(activities, clock.GetUtcNow());
        return document.Declaration + "\n" + document.ToString(SaveOptions.None);
    }
}
