using FluentValidation;
using Iom.SharedKernel.Errors;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Geography;

internal sealed record ListCountriesQuery : IQuery<IReadOnlyList<Area>>;

internal sealed class ListCountriesQueryHandler(AreaDirectory directory) : IQueryHandler<ListCountriesQuery, IReadOnlyList<Area>>
{
    public async ValueTask<IReadOnlyList<Area>> Handle(ListCountriesQuery query, CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).Countries;
}
