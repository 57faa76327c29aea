using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Speakers;

internal static class ChangeSpeakerStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "speakers", (id, action, version) => new ChangeSpeakerStatusCommand(id, action, version),
            new StatusAction("record-statement", "GoverningBodies_RecordStatement", "Record that the speaker delivered their statement"),
            new StatusAction("withdraw", "GoverningBodies_WithdrawSpeaker", "Record that the speaker withdrew from the list"));
}
