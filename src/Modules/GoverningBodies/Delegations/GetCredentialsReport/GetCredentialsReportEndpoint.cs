using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Delegations;

internal static class GetCredentialsReportEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/sessions/{sessionId:guid}/credentials-report", async (Guid sessionId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetCredentialsReportQuery(sessionId), ct)))
            .WithName("GoverningBodies_GetCredentialsReport")
            .WithSummary("Get the Director General's report on the credentials of a session's delegations, as data")
            .Produces<CredentialsReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
