using Iom.Modules.Research.Data;
using Iom.Modules.Research.Manifestations;
using Iom.Modules.Research.Projects;
using Iom.Modules.Research.Reviews;
using Iom.Modules.Research.Series;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Auditing;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.History;

internal static class GetHistoryEndpoints
{
    public static void Map(RouteGroupBuilder module) =>
        AuditHistoryEndpoints.Map<ResearchDatabase>(module, "Research",
            new AuditedResource("projects", AuditedEntities.Project, "Project", (c, id, ct) => ProjectRow.GetAsync(c, null, id, ct)),
            new AuditedResource("series", AuditedEntities.Series, "Series", (c, id, ct) => SeriesRow.GetAsync(c, null, id, ct)),
            new AuditedResource("works", AuditedEntities.Work, "Work", (c, id, ct) => WorkRow.GetAsync(c, null, id, ct)),
            new AuditedResource("review-assignments", AuditedEntities.ReviewAssignment, "ReviewAssignment", (c, id, ct) => ReviewAssignmentRow.GetAsync(c, null, id, ct)),
            new AuditedResource("manifestations", AuditedEntities.Manifestation, "Manifestation", (c, id, ct) => ManifestationRow.GetAsync(c, null, id, ct)));
}
