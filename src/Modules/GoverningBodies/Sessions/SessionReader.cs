using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class SessionReader
{
    private const string ById = SessionRow.SelectFrom + " WHERE s.id = @Id";

    public static async Task<SessionRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<SessionRow>(ById, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("session", id);
}
