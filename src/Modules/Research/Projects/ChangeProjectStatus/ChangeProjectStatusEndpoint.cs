using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal static class ChangeProjectStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "projects", (id, action, version) => new ChangeProjectStatusCommand(id, action, version),
            new StatusAction("approve", "Research_ApproveProject", "Approve a proposed project (its ethics review, if required, must be approved)"),
            new StatusAction("start", "Research_StartProject", "Start an approved project"),
            new StatusAction("complete", "Research_CompleteProject", "Complete an active project"),
            new StatusAction("suspend", "Research_SuspendProject", "Suspend an active project"),
            new StatusAction("resume", "Research_ResumeProject", "Resume a suspended project"),
            new StatusAction("cancel", "Research_CancelProject", "Cancel a project that has not completed"));
}
