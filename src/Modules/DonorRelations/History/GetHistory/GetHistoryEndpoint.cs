using Iom.SharedKernel.Auditing;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.History;

internal static class GetHistoryEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        AuditHistoryEndpoints.Map(module, "DonorRelations", (entityType, id, page) => new GetHistoryQuery(entityType, id, page.Limit, page.Cursor),
            new AuditedResource("donors", AuditedEntities.Donor, "Donor"),
            new AuditedResource("appeals", AuditedEntities.Appeal, "Appeal"),
            new AuditedResource("pledges", AuditedEntities.Pledge, "Pledge"),
            new AuditedResource("agreements", AuditedEntities.Agreement, "Agreement"),
            new AuditedResource("flows", AuditedEntities.Flow, "Flow"),
            new AuditedResource("reports", AuditedEntities.ReportingRequirement, "Report"));
}
