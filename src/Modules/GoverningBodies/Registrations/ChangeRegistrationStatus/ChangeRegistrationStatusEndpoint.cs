using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Registrations;

internal static class ChangeRegistrationStatusEndpoint
{
    public static void Map(RouteGroupBuilder module)
    {
        ActionEndpoints.Map(
            module, "registrations", (id, action, version) => new ChangeRegistrationStatusCommand(id, action, null, version),
            new StatusAction("approve", "GoverningBodies_ApproveRegistration", "Approve a registration (accreditation)"),
            new StatusAction("withdraw", "GoverningBodies_WithdrawRegistration", "Withdraw a registration"),
            new StatusAction("issue-badge", "GoverningBodies_IssueBadge", "Issue the badge of an approved registration", "Numbers run per session: 115-0001, 115-0002 …"),
            new StatusAction("check-in", "GoverningBodies_CheckIn", "Record that the badge holder checked in"));
        ActionEndpoints.MapWithBody<RejectRegistrationRequest, RegistrationDetails>(
            module, "/registrations/{id:guid}/reject", (id, request, version) => new ChangeRegistrationStatusCommand(id, "reject", request.Reason, version),
            "GoverningBodies_RejectRegistration", "Reject a registration, saying why");
    }
}
