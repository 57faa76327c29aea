using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;
using Iom.Modules.DonorRelations.Pledges;
using Iom.Modules.DonorRelations.Reporting;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.History;

internal static class GetHistoryEndpoints
{
    public static void Map(RouteGroupBuilder module) =>
        AuditHistoryEndpoints.Map<DonorRelationsDatabase>(module, "DonorRelations",
            new AuditedResource("donors", AuditedEntities.Donor, "Donor", (c, id, ct) => DonorRow.GetAsync(c, null, id, ct)),
            new AuditedResource("appeals", AuditedEntities.Appeal, "Appeal", (c, id, ct) => AppealRow.GetAsync(c, null, id, ct)),
            new AuditedResource("pledges", AuditedEntities.Pledge, "Pledge", async (c, id, ct) => _ = await PledgeRow.FindAsync(c, null, id, ct) ?? throw new NotFoundException("pledge", id)),
            new AuditedResource("agreements", AuditedEntities.Agreement, "Agreement", async (c, id, ct) => _ = await AgreementRow.FindAsync(c, null, id, ct) ?? throw new NotFoundException("agreement", id)),
            new AuditedResource("flows", AuditedEntities.Flow, "Flow", async (c, id, ct) => _ = await FlowRow.FindAsync(c, null, id, ct) ?? throw new NotFoundException("funding flow", id)),
            new AuditedResource("reports", AuditedEntities.ReportingRequirement, "Report", (c, id, ct) => ReportingRequirementRow.GetAsync(c, null, id, ct)));
}
