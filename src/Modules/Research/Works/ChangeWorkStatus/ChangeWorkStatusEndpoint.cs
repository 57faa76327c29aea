using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Works;

internal static class ChangeWorkStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "works", (id, action, version) => new ChangeWorkStatusCommand(id, action, version),
            new StatusAction("approve", "Research_ApproveWork", "Approve a proposed work for the publication programme"),
            new StatusAction("reject", "Research_RejectWork", "Reject a proposed work"),
            new StatusAction("start-preparation", "Research_StartWorkPreparation", "Start preparing an approved work"),
            new StatusAction("submit-for-review", "Research_SubmitWorkForReview", "Submit a work for peer review"),
            new StatusAction("request-revisions", "Research_RequestWorkRevisions", "Send a reviewed work back for revisions"),
            new StatusAction("resubmit", "Research_ResubmitWork", "Resubmit a revised work for review"),
            new StatusAction("send-to-copy-editing", "Research_SendWorkToCopyEditing", "Send a work to copy-editing (after a submitted review, unless it has no peer review)"),
            new StatusAction("send-to-layout", "Research_SendWorkToLayout", "Send a copy-edited work to layout"),
            new StatusAction("send-to-clearance", "Research_SendWorkToClearance", "Send a laid-out work to clearance"),
            new StatusAction("schedule", "Research_ScheduleWork", "Schedule a work for publication"),
            new StatusAction("publish", "Research_PublishWork", "Publish a scheduled work (every clearance must have passed or not apply)"),
            new StatusAction("correct", "Research_CorrectWork", "Record a correction of a published work"),
            new StatusAction("publish-new-edition", "Research_PublishNewWorkEdition", "Mark a published work as superseded by a new edition"),
            new StatusAction("withdraw", "Research_WithdrawWork", "Withdraw a published work"));
}
