using System.Data.Common;
using Dapper;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class SessionReader
{
    private const string ById = SessionRow.SelectFrom + " WHERE s.id = @Id";

    public static async Task<SessionRow> GetAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<SessionRow>(new CommandDefinition(ById, new { Id = id }, transaction, cancellationToken: cancellationToken))
        ?? throw new NotFoundException("session", id);
}
