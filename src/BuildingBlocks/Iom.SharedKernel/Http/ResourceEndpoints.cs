using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.SharedKernel.Http;

/// <summary>
/// The three endpoints nearly every resource has, mapped one way: create (201 at the new item's address, with its ETag),
/// list (the query bound from the query string) and get by id (ETag, If-None-Match, 404). Each returns its builder so
/// that a caller adds what is particular to it (a 409, a 404 for a parent).
/// </summary>
public static class ResourceEndpoints
{
    /// <summary>POST to a collection: the created resource at <c>{collection}/{id}</c>.</summary>
    public static RouteHandlerBuilder MapCreate<TCommand, TDetails>(RouteGroupBuilder module, string pattern, Func<TDetails, Guid> idOf, string operationId, string summary)
        where TCommand : ICommand<TDetails>
        where TDetails : IVersionedResource =>
        module.MapPost(pattern, async (TCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return ConditionalRequests.CreatedInCollection(http, idOf(created), created);
            })
            .WithName(operationId)
            .WithSummary(summary)
            .Produces<TDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

    /// <summary>GET a list, its query's properties bound from the query string and validated.</summary>
    public static RouteHandlerBuilder MapList<TQuery, TResult>(RouteGroupBuilder module, string pattern, string operationId, string summary)
        where TQuery : IQuery<TResult> =>
        module.MapGet(pattern, async ([AsParameters] TQuery query, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(query, ct)))
            .WithName(operationId)
            .WithSummary(summary)
            .Produces<TResult>()
            .ProducesValidationProblem();

    /// <summary>GET one resource by the <c>{id:guid}</c> of <paramref name="pattern"/>.</summary>
    public static RouteHandlerBuilder MapGetById<TDetails>(RouteGroupBuilder module, string pattern, Func<Guid, IQuery<TDetails>> query, string operationId, string summary)
        where TDetails : IVersionedResource =>
        module.MapGet(pattern, async (Guid id, ISender sender, HttpContext http, CancellationToken ct) => ConditionalRequests.Ok(http, await sender.Send(query(id), ct)))
            .WithName(operationId)
            .WithSummary(summary)
            .Produces<TDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
