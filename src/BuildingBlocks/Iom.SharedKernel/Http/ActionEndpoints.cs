using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;

namespace Iom.SharedKernel.Http;

/// <summary>One status action of a resource: <c>POST {collection}/{id}/{Action}</c>.</summary>
/// <param name="Action">The path segment and the state machine's action name (begin-closure).</param>
/// <param name="OperationId">The operation id, module-qualified (DonorRelations_BeginAgreementClosure).</param>
/// <param name="Summary">What it does.</param>
/// <param name="Description">More about it, when a summary is not enough.</param>
public sealed record StatusAction(string Action, string OperationId, string Summary, string? Description = null);

/// <summary>
/// Maps actions the same way everywhere: body-less status actions (<see cref="Map{TDetails}"/>) and actions with a body
/// (<see cref="MapWithBody{TRequest, TDetails}"/>): If-Match honoured, the resource (with its ETag) answered, and
/// 404, 409 (invalid transition) and 412 documented.
/// </summary>
public static class ActionEndpoints
{
    /// <summary>
    /// Maps each action under <paramref name="collection"/> (empty when <paramref name="module"/> is the collection's own
    /// group); <paramref name="command"/> makes the command from the id, the action and the If-Match version.
    /// </summary>
    public static void Map<TDetails>(RouteGroupBuilder module, string collection, Func<Guid, string, int?, ICommand<TDetails>> command, params StatusAction[] actions)
        where TDetails : IVersionedResource
    {
        foreach (var action in actions)
        {
            Describe<TDetails>(module.MapPost(ActionPattern(collection, action), async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                    ConditionalRequests.Ok(http, await sender.Send(command(id, action.Action, ConditionalRequests.ExpectedVersion(http.Request)), ct))), action)
                .RefusesBody();
        }
    }

    /// <summary>
    /// Status actions whose body is optional (the day it happened, the reason for an exception): without one, the command
    /// gets <c>null</c> and the defaults apply. Otherwise mapped and documented as <see cref="Map{TDetails}"/> does, plus 400.
    /// </summary>
    public static void MapWithOptionalBody<TRequest, TDetails>(
        RouteGroupBuilder module, string collection, Func<Guid, string, TRequest?, int?, ICommand<TDetails>> command, params StatusAction[] actions)
        where TRequest : class
        where TDetails : IVersionedResource
    {
        foreach (var action in actions)
        {
            Describe<TDetails>(module.MapPost(ActionPattern(collection, action), async (
                    Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] TRequest? request, ISender sender, HttpContext http, CancellationToken ct) =>
                    ConditionalRequests.Ok(http, await sender.Send(command(id, action.Action, request, ConditionalRequests.ExpectedVersion(http.Request)), ct))), action)
                .ProducesValidationProblem();
        }
    }

    /// <summary>
    /// An action that takes a body (a decision, an amendment) at <paramref name="pattern"/>, whose <c>{id:guid}</c> names
    /// the resource: If-Match honoured, the resource answered, and 400, 404, 409 and 412 documented.
    /// </summary>
    public static RouteHandlerBuilder MapWithBody<TRequest, TDetails>(
        RouteGroupBuilder module, string pattern, Func<Guid, TRequest, int?, ICommand<TDetails>> command, string operationId, string summary)
        where TRequest : notnull
        where TDetails : IVersionedResource =>
        module.MapPost(pattern, async (Guid id, TRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(command(id, request, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName(operationId)
            .WithSummary(summary)
            .Produces<TDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static string ActionPattern(string collection, StatusAction action) =>
        (string.IsNullOrEmpty(collection) ? string.Empty : "/" + collection) + $"/{{id:guid}}/{action.Action}";

    private static RouteHandlerBuilder Describe<TDetails>(RouteHandlerBuilder endpoint, StatusAction action)
    {
        endpoint.WithName(action.OperationId).WithSummary(action.Summary);
        if (action.Description is not null)
        {
            endpoint.WithDescription(action.Description);
        }

        return endpoint
            .Produces<TDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
