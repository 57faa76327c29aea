using System.Data.Common;
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

internal sealed record GetDatasetQuery(Guid Id) : IQuery<DatasetDetails>;

internal sealed class GetDatasetQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetDatasetQuery, DatasetDetails>
{
    public async ValueTask<DatasetDetails> Handle(GetDatasetQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await DatasetRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}
