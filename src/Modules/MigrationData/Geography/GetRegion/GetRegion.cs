using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.MigrationData.Geography;

internal sealed record GetRegionQuery(string Scheme, string Code) : IQuery<RegionDetails>;

internal sealed class GetRegionQueryHandler(AreaDirectory directory) : IQueryHandler<GetRegionQuery, RegionDetails>
{
    public async ValueTask<RegionDetails> Handle(GetRegionQuery query, CancellationToken cancellationToken)
    {
        var areas = await directory.GetAsync(cancellationToken);
        var region = areas.Find($"{query.Scheme}:{query.Code}") is { Kind: AreaKind.Region } found ? found : throw new NotFoundException("region", $"{query.Scheme}:{query.Code}");
        return new RegionDetails(region, areas.MembersOf(region.Code));
    }
}
