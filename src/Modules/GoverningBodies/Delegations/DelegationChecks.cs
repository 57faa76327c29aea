using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Delegations;

internal static class DelegationChecks
{
    /// <summary>Delegations and registrations change until the session closes; a cancelled session has none.</summary>
    public static void EnsureSessionOpen(SessionRow session)
    {
        if (session.Status is SessionStatus.Closed or SessionStatus.ReportAdopted or SessionStatus.Cancelled)
        {
            throw new ConflictException(
                "Attendance is final", $"The session is '{session.Status.ToText()}': its delegations and registrations can no longer change.", "attendance-final");
        }
    }
}

/// <summary>A delegation's representation includes its members: a change to one of them is a new version of it.</summary>
internal static class DelegationVersions
{
    private const string TouchSql = "UPDATE governing_bodies.delegations SET version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id";

    public static async Task TouchAsync(Iom.SharedKernel.Data.WriteSession write, Guid? delegationId, CancellationToken cancellationToken)
    {
        if (delegationId is not null)
        {
            await write.ExecuteAsync(TouchSql, new { Id = delegationId, write.Now, write.By }, cancellationToken);
        }
    }
}
