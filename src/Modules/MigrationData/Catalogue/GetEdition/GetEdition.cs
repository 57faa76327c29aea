using System.Data.Common;
using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal sealed record GetEditionQuery(Guid Id) : IQuery<EditionDetails>;

internal sealed class GetEditionQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetEditionQuery, EditionDetails>
{
    public async ValueTask<EditionDetails> Handle(GetEditionQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await EditionRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}
