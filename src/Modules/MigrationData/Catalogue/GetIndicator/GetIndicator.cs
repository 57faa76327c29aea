using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal sealed record GetIndicatorQuery(string Code) : IQuery<IndicatorDetails>;

internal sealed class GetIndicatorQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetIndicatorQuery, IndicatorDetails>
{
    public async ValueTask<IndicatorDetails> Handle(GetIndicatorQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var row = await read.QuerySingleOrDefaultAsync<IndicatorRow>(IndicatorRow.SelectFrom + " WHERE code = @Code", new { query.Code }, cancellationToken);
        return row?.ToResponse() ?? throw new NotFoundException("indicator", query.Code);
    }
}
