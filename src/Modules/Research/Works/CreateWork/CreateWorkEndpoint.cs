using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Identifiers;
using Iom.Modules.Research.Series;
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

namespace Iom.Modules.Research.Works;

internal static class CreateWorkEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateWorkCommand, WorkDetails>(module, "/works", r => r.Id, "Research_CreateWork", "Propose a publication (work) for the programme")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
