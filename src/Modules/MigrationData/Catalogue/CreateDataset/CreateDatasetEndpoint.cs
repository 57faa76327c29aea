using System.Data.Common;
using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class CreateDatasetEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateDatasetCommand, DatasetDetails>(module, "/datasets", r => r.Id, "MigrationData_CreateDataset", "Add a dataset of a partner")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
