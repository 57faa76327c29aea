using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Identifiers;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class AssignIdentifiersEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<AssignIdentifiersRequest, ManifestationDetails>(module, "/manifestations/{id:guid}/assign-identifiers",
            (id, request, version) => new AssignIdentifiersCommand(id, request.Isbn, request.Doi, version),
            "Research_AssignIdentifiers", "Assign an ISBN or a DOI to a language version");
}
