using System.Data.Common;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Iom.SharedKernel.Auditing;

/// <summary>A resource whose changes a module serves at <c>/{Collection}/{id}/history</c>.</summary>
/// <param name="Collection">Its collection's path segment (works).</param>
/// <param name="EntityType">The name it goes by in the audit trail (work).</param>
/// <param name="Name">Its name in operation ids (Work, for Research_GetWorkHistory).</param>
/// <param name="EnsureExistsAsync">Throws NotFoundException for an id the caller may not see: a history is a 404 like the thing itself.</param>
public sealed record AuditedResource(string Collection, string EntityType, string Name, Func<DbConnection, Guid, CancellationToken, Task> EnsureExistsAsync);

/// <summary>Paging of a history.</summary>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record HistoryPage(int? Limit, string? Cursor);

/// <summary>Maps the history endpoints of a module's audited resources, read from its own audit_entries.</summary>
public static class AuditHistoryEndpoints
{
    public static void Map<TDatabase>(RouteGroupBuilder module, string operationPrefix, params AuditedResource[] resources)
        where TDatabase : ModuleDatabase
    {
        foreach (var resource in resources)
        {
            module.MapGet($"/{resource.Collection}/{{id:guid}}/history", async (Guid id, [AsParameters] HistoryPage page, TDatabase db, IOptions<JsonOptions> json, CancellationToken ct) =>
                {
                    await using (var connection = await db.OpenAsync(ct))
                    {
                        await resource.EnsureExistsAsync(connection, id, ct);
                    }

                    return Results.Ok(await AuditHistory.ReadAsync(db, resource.EntityType, id, page.Limit, page.Cursor, json.Value.SerializerOptions, ct));
                })
                .WithName($"{operationPrefix}_Get{resource.Name}History")
                .WithSummary($"Get the record of changes of a {resource.EntityType}: who, when, what changed")
                .Produces<Page<AuditRecord>>()
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status404NotFound);
        }
    }
}
