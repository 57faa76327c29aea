using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.TranslationJobs.GetTranslationJob;

internal sealed record GetTranslationJobQuery(Guid Id) : IQuery<TranslationJobDetails>;

internal sealed class GetTranslationJobQueryHandler(GoverningBodiesDatabase db, TimeProvider clock, ICurrentUser user) : IQueryHandler<GetTranslationJobQuery, TranslationJobDetails>
{
    public async ValueTask<TranslationJobDetails> Handle(GetTranslationJobQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await TranslationJobRow.GetAsync(connection, null, query.Id, user.HasScope(GoverningBodiesScopes.Restricted), cancellationToken);
        return row.ToResponse(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}

internal static class GetTranslationJobEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/translation-jobs/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new GetTranslationJobQuery(id), ct)))
            .WithName("GoverningBodies_GetTranslationJob")
            .WithSummary("Get a translation job")
            .Produces<TranslationJobDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
