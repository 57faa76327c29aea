using Iom.Modules.DonorRelations.Data;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.DonorRelations.Reporting;

internal sealed record GetReportQuery(Guid Id) : IQuery<ReportingRequirementDetails>;

internal sealed class GetReportQueryHandler(DonorRelationsDatabase db, TimeProvider clock) : IQueryHandler<GetReportQuery, ReportingRequirementDetails>
{
    public async ValueTask<ReportingRequirementDetails> Handle(GetReportQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await ReportingRequirementRow.GetAsync(read, query.Id, cancellationToken)).ToResponse(clock.Today());
    }
}
