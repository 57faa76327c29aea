using System.Globalization;
using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Analysis;

internal static class GetCoverageEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/appeals/{appealId:guid}/coverage", async ([AsParameters] GetCoverageQuery query, ISender sender, CancellationToken ct) =>
                AnalysisTables.Answer(await sender.Send(query, ct), query.Format, GetCoverageQueryHandler.ToCsv))
            .WithName("DonorRelations_GetAppealCoverage")
            .WithSummary("An appeal's requirements against committed and paid funding, by objective, country or donor, with percentage funded")
            .Produces<CoverageReport>()
            .WithMetadata(new CsvExport(Sdmx: false))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
