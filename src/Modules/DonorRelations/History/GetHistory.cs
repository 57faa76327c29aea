using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;
using Iom.Modules.DonorRelations.Pledges;
using Iom.Modules.DonorRelations.Reporting;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Iom.Modules.DonorRelations.History;

/// <summary>The record of changes of one resource, oldest first.</summary>
internal sealed record GetHistoryQuery(string EntityType, Guid Id, int? Limit, string? Cursor) : IQuery<Page<AuditRecord>>;

/// <summary>Paging of a history.</summary>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record HistoryPage(int? Limit, string? Cursor);

internal sealed class GetHistoryQueryHandler(DonorRelationsDatabase db, IOptions<JsonOptions> json) : IQueryHandler<GetHistoryQuery, Page<AuditRecord>>
{
    public async ValueTask<Page<AuditRecord>> Handle(GetHistoryQuery query, CancellationToken cancellationToken)
    {
        // The history of something unknown is a 404 like the thing itself.
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            _ = query.EntityType switch
            {
                AuditedEntities.Donor => (object)await DonorRow.GetAsync(connection, null, query.Id, cancellationToken),
                AuditedEntities.Appeal => await AppealRow.GetAsync(connection, null, query.Id, cancellationToken),
                AuditedEntities.Pledge => await PledgeRow.FindAsync(connection, null, query.Id, cancellationToken) ?? throw new NotFoundException("pledge", query.Id),
                AuditedEntities.Agreement => await AgreementRow.FindAsync(connection, null, query.Id, cancellationToken) ?? throw new NotFoundException("agreement", query.Id),
                AuditedEntities.Flow => await FlowRow.FindAsync(connection, null, query.Id, cancellationToken) ?? throw new NotFoundException("funding flow", query.Id),
                AuditedEntities.ReportingRequirement => await ReportingRequirementRow.GetAsync(connection, null, query.Id, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(query), query.EntityType, "Not an audited entity of this module."),
            };
        }

        return await AuditHistory.ReadAsync(db, query.EntityType, query.Id, query.Limit, query.Cursor, json.Value.SerializerOptions, cancellationToken);
    }
}

internal static class GetHistoryEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        MapHistory(module, "donors", AuditedEntities.Donor, "Donor");
        MapHistory(module, "appeals", AuditedEntities.Appeal, "Appeal");
        MapHistory(module, "pledges", AuditedEntities.Pledge, "Pledge");
        MapHistory(module, "agreements", AuditedEntities.Agreement, "Agreement");
        MapHistory(module, "flows", AuditedEntities.Flow, "Flow");
        MapHistory(module, "reports", AuditedEntities.ReportingRequirement, "Report");
    }

    private static void MapHistory(RouteGroupBuilder module, string collection, string entityType, string name) =>
        module.MapGet($"/{collection}/{{id:guid}}/history", async (Guid id, [AsParameters] HistoryPage page, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetHistoryQuery(entityType, id, page.Limit, page.Cursor), ct)))
            .WithName($"DonorRelations_Get{name}History")
            .WithSummary($"Get the record of changes of a {entityType}: who, when, what changed")
            .Produces<Page<AuditRecord>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
