using Iom.Modules.GoverningBodies.Sittings;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.GoverningBodies.Speakers;

/// <summary>What a sitting must be for its lists of speakers to change.</summary>
internal static class SpeakerChecks
{
    public static void EnsureOpen(SittingDetails sitting)
    {
        if (sitting.Status == SittingStatus.Cancelled)
        {
            throw new ConflictException("Sitting is cancelled", "A cancelled sitting has no speakers; inscribe them on another sitting.", "sitting-cancelled");
        }
    }

    public static void EnsureTakenUp(SittingDetails sitting, Guid agendaItemId)
    {
        if (sitting.AgendaItems.All(i => i.Id != agendaItemId))
        {
            throw Invalid.Field("agendaItemId", $"Sitting {sitting.Number} does not take up this agenda item; add it to the sitting's agendaItemIds first.");
        }
    }
}
