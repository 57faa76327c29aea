using Iom.SharedKernel.Auditing;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.History;

internal static class GetHistoryEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        AuditHistoryEndpoints.Map(module, "Research", (entityType, id, page) => new GetHistoryQuery(entityType, id, page.Limit, page.Cursor),
            new AuditedResource("projects", AuditedEntities.Project, "Project"),
            new AuditedResource("series", AuditedEntities.Series, "Series"),
            new AuditedResource("works", AuditedEntities.Work, "Work"),
            new AuditedResource("review-rounds", AuditedEntities.ReviewRound, "ReviewRound"),
            new AuditedResource("review-assignments", AuditedEntities.ReviewAssignment, "ReviewAssignment"),
            new AuditedResource("manifestations", AuditedEntities.Manifestation, "Manifestation"));
}
