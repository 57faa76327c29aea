using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class SessionReader
{
    private const string ById = SessionRow.SelectFrom + " WHERE s.id = @Id";

    public static async Task<SessionRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(db, id, cancellationToken) ?? throw new NotFoundException("session", id);

    /// <summary>The session, or null: for a reference in a body, where an unknown id is a 400, not a 404.</summary>
    public static Task<SessionRow?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<SessionRow>(ById, new { Id = id }, cancellationToken);
}
