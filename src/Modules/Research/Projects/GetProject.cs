using Iom.Modules.Research.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal sealed record GetProjectQuery(Guid Id) : IQuery<ProjectDetails>;

internal sealed class GetProjectQueryHandler(ResearchDatabase db) : IQueryHandler<GetProjectQuery, ProjectDetails>
{
    public async ValueTask<ProjectDetails> Handle(GetProjectQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await ProjectRow.GetAsync(connection, null, query.Id, cancellationToken)).ToResponse();
    }
}

internal static class GetProjectEndpoint
{
    public static void Map(RouteGroupBuilder projects) =>
        projects.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new GetProjectQuery(id), ct)))
            .WithName("Research_GetProject")
            .WithSummary("Get a research project")
            .Produces<ProjectDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
