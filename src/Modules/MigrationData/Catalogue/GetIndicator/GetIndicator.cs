using Dapper;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

internal sealed record GetIndicatorQuery(string Code) : IQuery<IndicatorDetails>;

internal sealed class GetIndicatorQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetIndicatorQuery, IndicatorDetails>
{
    public async ValueTask<IndicatorDetails> Handle(GetIndicatorQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var row = await read.QuerySingleOrDefaultAsync<IndicatorRow>(IndicatorRow.ByCode, new { query.Code }, cancellationToken);
        return row?.ToResponse() ?? throw new NotFoundException("indicator", query.Code);
    }
}
