using Iom.SharedKernel.Auditing;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.History;

internal static class GetHistoryEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        AuditHistoryEndpoints.Map(module, "GoverningBodies", (entityType, id, page) => new GetHistoryQuery(entityType, id, page.Limit, page.Cursor),
            new AuditedResource("sessions", AuditedEntities.Session, "Session"),
            new AuditedResource("agenda-items", AuditedEntities.AgendaItem, "AgendaItem"),
            new AuditedResource("documents", AuditedEntities.Document, "Document"),
            new AuditedResource("translation-jobs", AuditedEntities.TranslationJob, "TranslationJob"),
            new AuditedResource("resolutions", AuditedEntities.Resolution, "Resolution"),
            new AuditedResource("officers", AuditedEntities.Officer, "Officer"),
            new AuditedResource("sittings", AuditedEntities.Sitting, "Sitting"),
            new AuditedResource("speakers", AuditedEntities.Speaker, "Speaker"),
            new AuditedResource("arrears-notifications", AuditedEntities.ArrearsNotification, "ArrearsNotification"),
            new AuditedResource("observers", AuditedEntities.Observer, "Observer"),
            new AuditedResource("delegations", AuditedEntities.Delegation, "Delegation"),
            new AuditedResource("registrations", AuditedEntities.Registration, "Registration"));
}
