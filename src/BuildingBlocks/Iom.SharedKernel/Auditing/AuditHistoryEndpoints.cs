using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.SharedKernel.Auditing;

/// <summary>A resource whose changes a module serves at <c>/{Collection}/{id}/history</c>.</summary>
/// <param name="Collection">Its collection's path segment (works).</param>
/// <param name="EntityType">The name it goes by in the audit trail (work).</param>
/// <param name="Name">Its name in operation ids (Work, for Research_GetWorkHistory).</param>
public sealed record AuditedResource(string Collection, string EntityType, string Name);

/// <summary>Paging of a history.</summary>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record HistoryPage(int? Limit, string? Cursor);

/// <summary>Maps the history endpoints of a module's audited resources to the module's own history query.</summary>
public static class AuditHistoryEndpoints
{
    /// <summary><paramref name="query"/> makes the module's query from the entity type, the id and the page.</summary>
    public static void Map(RouteGroupBuilder module, string operationPrefix, Func<string, Guid, HistoryPage, IQuery<Page<AuditRecord>>> query, params AuditedResource[] resources)
    {
        foreach (var resource in resources)
        {
            module.MapGet($"/{resource.Collection}/{{id:guid}}/history", async (Guid id, [AsParameters] HistoryPage page, ISender sender, CancellationToken ct) =>
                    Results.Ok(await sender.Send(query(resource.EntityType, id, page), ct)))
                .WithName($"{operationPrefix}_Get{resource.Name}History")
                .WithSummary($"Get the record of changes of a {resource.EntityType}: who, when, what changed")
                .Produces<Page<AuditRecord>>()
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status404NotFound);
        }
    }
}
