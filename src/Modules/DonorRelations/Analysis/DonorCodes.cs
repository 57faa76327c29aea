using Dapper;
using Iom.Modules.DonorRelations.Donors;
using Iom.SharedKernel.Data;

namespace Iom.Modules.DonorRelations.Analysis;

internal static class DonorCodes
{
    public static async Task<IReadOnlyDictionary<Guid, string>> AllAsync(IDbSession read, CancellationToken cancellationToken) =>
        (await read.QueryAsync<DonorRow>(DonorRow.SelectFrom, null, cancellationToken)).ToDictionary(d => d.Id, d => d.Code);
}
