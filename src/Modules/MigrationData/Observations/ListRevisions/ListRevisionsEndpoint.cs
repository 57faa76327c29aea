using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

internal static class ListRevisionsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListRevisionsQuery, RevisionPage>(module, "/revisions", "MigrationData_ListRevisions", "The values added, changed or removed between two editions of a dataset");
}
