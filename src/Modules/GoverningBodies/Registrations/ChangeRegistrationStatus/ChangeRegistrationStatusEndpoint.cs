using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Registrations;

internal static class ChangeRegistrationStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithOptionalBody<RegistrationActionRequest, RegistrationDetails>(
            module, "registrations", (id, action, request, version) => new ChangeRegistrationStatusCommand(id, action, request?.Reason, version),
            new StatusAction("approve", "GoverningBodies_ApproveRegistration", "Approve a registration (accreditation)"),
            new StatusAction("reject", "GoverningBodies_RejectRegistration", "Reject a registration", "Needs a reason (400 without one)."),
            new StatusAction("withdraw", "GoverningBodies_WithdrawRegistration", "Withdraw a registration"),
            new StatusAction("issue-badge", "GoverningBodies_IssueBadge", "Issue the badge of an approved registration", "Numbers run per session: 115-0001, 115-0002 …"),
            new StatusAction("check-in", "GoverningBodies_CheckIn", "Record that the badge holder checked in"));
}
