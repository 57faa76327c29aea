using System.Data.Common;
using Dapper;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;

namespace Iom.Modules.DonorRelations.Analysis;

internal static class DonorCodes
{
    public static async Task<IReadOnlyDictionary<Guid, string>> AllAsync(DbConnection connection, DonorRelationsDatabase db, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<DonorRow>(db.Command(DonorRow.SelectFrom, null, cancellationToken))).ToDictionary(d => d.Id, d => d.Code);
}
