using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.SharedKernel.Http;

/// <summary>
/// The endpoints nearly every resource has, mapped one way: create (201 at the new item's address, with its ETag),
/// list (the query bound from the query string), get by id (ETag, If-None-Match, 404), edit (JSON Merge Patch) and
/// remove, both with If-Match required (428 without it). Each returns its builder so that a caller adds what is
/// particular to it (a 404 for a parent, a description of the state rules).
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

    /// <summary>
    /// PATCH one resource with a JSON Merge Patch (RFC 7396) of <typeparamref name="TPatch"/>'s fields; the command gets the
    /// id, the patch and the If-Match version, which is required.
    /// </summary>
    public static RouteHandlerBuilder MapPatch<TPatch, TDetails>(
        RouteGroupBuilder module, string pattern, Func<Guid, JsonElement, int?, ICommand<TDetails>> command, string operationId, string summary)
        where TPatch : notnull
        where TDetails : IVersionedResource =>
        Patch<TPatch, TDetails>(
            module.MapPatch(pattern, (Guid id, ISender sender, HttpContext http, CancellationToken ct) => SendPatchAsync(http, sender, (patch, version) => command(id, patch, version), ct)),
            operationId,
            summary);

    /// <summary>PATCH, as <see cref="MapPatch{TPatch, TDetails}"/>, of a resource named by the <c>{code}</c> of <paramref name="pattern"/> (reference data).</summary>
    public static RouteHandlerBuilder MapPatchByCode<TPatch, TDetails>(
        RouteGroupBuilder module, string pattern, Func<string, JsonElement, int?, ICommand<TDetails>> command, string operationId, string summary)
        where TPatch : notnull
        where TDetails : IVersionedResource =>
        Patch<TPatch, TDetails>(
            module.MapPatch(pattern, (string code, ISender sender, HttpContext http, CancellationToken ct) => SendPatchAsync(http, sender, (patch, version) => command(code, patch, version), ct)),
            operationId,
            summary);

    /// <summary>DELETE one resource (204), If-Match required; 409 names what still refers to it, or the state that forbids it.</summary>
    public static RouteHandlerBuilder MapDelete(
        RouteGroupBuilder module, string pattern, Func<Guid, int?, ICommand<Unit>> command, string operationId, string summary) =>
        module.MapDelete(pattern, async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                await sender.Send(command(id, ConditionalRequests.RequiredVersion(http.Request)), ct);
                return Results.NoContent();
            })
            .WithName(operationId)
            .WithSummary(summary)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>DELETE, as <see cref="MapDelete"/>, of a resource named by the <c>{code}</c> of <paramref name="pattern"/> (reference data).</summary>
    public static RouteHandlerBuilder MapDeleteByCode(
        RouteGroupBuilder module, string pattern, Func<string, int?, ICommand<Unit>> command, string operationId, string summary) =>
        module.MapDelete(pattern, async (string code, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                await sender.Send(command(code, ConditionalRequests.RequiredVersion(http.Request)), ct);
                return Results.NoContent();
            })
            .WithName(operationId)
            .WithSummary(summary)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>GET one resource by the <c>{id:guid}</c> of <paramref name="pattern"/>.</summary>
    public static RouteHandlerBuilder MapGetById<TDetails>(RouteGroupBuilder module, string pattern, Func<Guid, IQuery<TDetails>> query, string operationId, string summary)
        where TDetails : IVersionedResource =>
        module.MapGet(pattern, async (Guid id, ISender sender, HttpContext http, CancellationToken ct) => ConditionalRequests.Ok(http, await sender.Send(query(id), ct)))
            .WithName(operationId)
            .WithSummary(summary)
            .Produces<TDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> SendPatchAsync<TDetails>(
        HttpContext http, ISender sender, Func<JsonElement, int?, ICommand<TDetails>> command, CancellationToken ct)
        where TDetails : IVersionedResource
    {
        var version = ConditionalRequests.RequiredVersion(http.Request);
        var patch = await JsonMergePatch.ReadAsync(http.Request, ct);
        return ConditionalRequests.Ok(http, await sender.Send(command(patch, version), ct));
    }

    private static RouteHandlerBuilder Patch<TPatch, TDetails>(RouteHandlerBuilder endpoint, string operationId, string summary)
        where TPatch : notnull =>
        endpoint
            .WithName(operationId)
            .WithSummary(summary)
            .Accepts<TPatch>(JsonMergePatch.MediaType, "application/json")
            .Produces<TDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
