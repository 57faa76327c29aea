using Mediator;

namespace Iom.Modules.MigrationData.Loading;

internal sealed record GetLoadJobQuery(Guid Id) : IQuery<LoadJobDetails>;

internal sealed class GetLoadJobQueryHandler(LoadJobs jobs) : IQueryHandler<GetLoadJobQuery, LoadJobDetails>
{
    public async ValueTask<LoadJobDetails> Handle(GetLoadJobQuery query, CancellationToken cancellationToken) => await jobs.GetAsync(query.Id, cancellationToken);
}
