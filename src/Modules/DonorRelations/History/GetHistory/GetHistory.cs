using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;
using Iom.Modules.DonorRelations.Pledges;
using Iom.Modules.DonorRelations.Reporting;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.DonorRelations.History;

/// <summary>The record of changes of one resource, oldest first.</summary>
internal sealed record GetHistoryQuery(string EntityType, Guid Id, int? Limit, string? Cursor) : IQuery<Page<AuditRecord>>;

internal sealed class GetHistoryQueryHandler(DonorRelationsDatabase db, IOptions<JsonOptions> json) : IQueryHandler<GetHistoryQuery, Page<AuditRecord>>
{
    public async ValueTask<Page<AuditRecord>> Handle(GetHistoryQuery query, CancellationToken cancellationToken) =>
        await AuditHistory.ReadVisibleAsync(db, query.EntityType, query.Id, query.Limit, query.Cursor, json.Value.SerializerOptions,
            (read, ct) => EnsureVisibleAsync(read, query.EntityType, query.Id, ct), cancellationToken);

    // The history of something the caller may not see (unknown) is a 404 like the thing itself.
    private async Task EnsureVisibleAsync(IDbSession read, string entityType, Guid id, CancellationToken cancellationToken)
    {
        _ = entityType switch
        {
            AuditedEntities.Donor => (object)await DonorRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Appeal => await AppealRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Pledge => await PledgeRow.FindAsync(read, id, cancellationToken) ?? throw new NotFoundException("pledge", id),
            AuditedEntities.Agreement => await AgreementRow.FindAsync(read, id, cancellationToken) ?? throw new NotFoundException("agreement", id),
            AuditedEntities.Flow => await FlowRow.FindAsync(read, id, cancellationToken) ?? throw new NotFoundException("funding flow", id),
            AuditedEntities.ReportingRequirement => await ReportingRequirementRow.GetAsync(read, id, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(entityType), entityType, "Not an audited entity of this module."),
        };
    }
}
