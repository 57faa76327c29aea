using FluentValidation;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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
