using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Identifiers;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Series;

internal static class CreateSeriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateSeriesCommand, SeriesDetails>(module, "/series", r => r.Id, "Research_CreateSeries", "Create a publication series")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
