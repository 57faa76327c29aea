using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.GoverningBodies.Resolutions;

internal static class ResolutionRules
{
    /// <summary>A resolution's record is final once its session's report is adopted: 409 then.</summary>
    public static async Task EnsureOpenAsync(IDbSession db, ResolutionDetails resolution, string what, CancellationToken cancellationToken)
    {
        var session = await SessionReader.GetAsync(db, resolution.SessionId, cancellationToken);
        if (session.Status == SessionStatus.ReportAdopted)
        {
            throw new ConflictException(
                "Resolution is on the adopted record", $"The report of the session that adopted {resolution.Symbol} has been adopted; the resolution can no longer be {what}.", "not-editable");
        }
    }
}
