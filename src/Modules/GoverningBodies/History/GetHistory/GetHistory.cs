using Iom.Modules.GoverningBodies.AgendaItems;
using Iom.Modules.GoverningBodies.ArrearsNotifications;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Delegations;
using Iom.Modules.GoverningBodies.Documents;
using Iom.Modules.GoverningBodies.Observers;
using Iom.Modules.GoverningBodies.Officers;
using Iom.Modules.GoverningBodies.Registrations;
using Iom.Modules.GoverningBodies.Resolutions;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.Modules.GoverningBodies.Sittings;
using Iom.Modules.GoverningBodies.Speakers;
using Iom.Modules.GoverningBodies.TranslationJobs;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.History;

/// <summary>The record of changes of one resource, oldest first.</summary>
internal sealed record GetHistoryQuery(string EntityType, Guid Id, int? Limit, string? Cursor) : IQuery<Page<AuditRecord>>;

internal sealed class GetHistoryQueryHandler(GoverningBodiesDatabase db, ICurrentUser user, IOptions<JsonOptions> json) : IQueryHandler<GetHistoryQuery, Page<AuditRecord>>
{
    public async ValueTask<Page<AuditRecord>> Handle(GetHistoryQuery query, CancellationToken cancellationToken) =>
        await AuditHistory.ReadVisibleAsync(db, query.EntityType, query.Id, query.Limit, query.Cursor, json.Value.SerializerOptions,
            (read, ct) => EnsureVisibleAsync(read, query.EntityType, query.Id, ct), cancellationToken, WasVisible);

    // A removed restricted document's history stays with those who may see restricted documents.
    private bool WasVisible(IReadOnlyList<AuditChange> removal) =>
        user.HasScope(GoverningBodiesScopes.Restricted)
        || removal.FirstOrDefault(c => c.Field == "distribution")?.Old?.GetValue<string>() != "restricted";

    // The history of something the caller may not see (unknown, or a restricted document) is a 404 like the thing itself.
    private async Task EnsureVisibleAsync(IDbSession read, string entityType, Guid id, CancellationToken cancellationToken)
    {
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        _ = entityType switch
        {
            AuditedEntities.Session => (object)await SessionReader.GetAsync(read, id, cancellationToken),
            AuditedEntities.AgendaItem => await AgendaItemRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Document => await DocumentReader.GetRowAsync(read, id, seeRestricted, cancellationToken),
            AuditedEntities.TranslationJob => await TranslationJobRow.GetAsync(read, id, seeRestricted, cancellationToken),
            AuditedEntities.Resolution => await ResolutionRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Officer => await OfficerRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Sitting => await SittingRow.GetRowAsync(read, id, cancellationToken),
            AuditedEntities.Speaker => await SpeakerRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.ArrearsNotification => await ArrearsNotificationRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Observer => await ObserverRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Delegation => await DelegationRow.GetRowAsync(read, id, cancellationToken),
            AuditedEntities.Registration => await RegistrationRow.GetAsync(read, id, seePersonal: false, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(entityType), entityType, "Not an audited entity of this module."),
        };
    }
}
