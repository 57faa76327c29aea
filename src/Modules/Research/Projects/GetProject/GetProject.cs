using Iom.Modules.Research.Data;
using Mediator;

namespace Iom.Modules.Research.Projects;

internal sealed record GetProjectQuery(Guid Id) : IQuery<ProjectDetails>;

internal sealed class GetProjectQueryHandler(ResearchDatabase db) : IQueryHandler<GetProjectQuery, ProjectDetails>
{
    public async ValueTask<ProjectDetails> Handle(GetProjectQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await ProjectRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}
