using Dapper;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

internal sealed record GetIndicatorQuery(string Code) : IQuery<IndicatorDetails>;

internal sealed class GetIndicatorQueryHandler(MigrationDataDatabase db, IndicatorDirectory indicators) : IQueryHandler<GetIndicatorQuery, IndicatorDetails>
{
    public async ValueTask<IndicatorDetails> Handle(GetIndicatorQuery query, CancellationToken cancellationToken)
    {
        var stored = await indicators.FindAsync(query.Code, cancellationToken) ?? throw new NotFoundException("indicator", query.Code);
        await using var read = await db.ReadAsync(cancellationToken);
        var row = await read.QuerySingleOrDefaultAsync<IndicatorRow>(IndicatorRow.ByCode, new { stored.Code }, cancellationToken);
        return row?.ToResponse() ?? throw new NotFoundException("indicator", query.Code);
    }
}
