using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Agreements;

internal static class ChangeAgreementStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "agreements", (id, action, version) => new ChangeAgreementStatusCommand(id, action, version),
            new StatusAction("sign", "DonorRelations_SignAgreement", "Sign a drafted agreement (converting its pledge, if it has one)"),
            new StatusAction("activate", "DonorRelations_ActivateAgreement", "Start implementing a signed agreement"),
            new StatusAction("begin-closure", "DonorRelations_BeginAgreementClosure", "Begin closing an active agreement"),
            new StatusAction("close", "DonorRelations_CloseAgreement", "Close an agreement in closure"),
            new StatusAction("terminate", "DonorRelations_TerminateAgreement", "Terminate an agreement before its end"));
}
