using Iom.SharedKernel.Auditing;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.History;

internal static class GetHistoryEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        AuditHistoryEndpoints.Map(module, "MigrationData", (entityType, id, page) => new GetHistoryQuery(entityType, id, page.Limit, page.Cursor),
            new AuditedResource("partners", AuditedEntities.Partner, "Partner"),
            new AuditedResource("datasets", AuditedEntities.Dataset, "Dataset"),
            new AuditedResource("editions", AuditedEntities.Edition, "Edition"));
}
