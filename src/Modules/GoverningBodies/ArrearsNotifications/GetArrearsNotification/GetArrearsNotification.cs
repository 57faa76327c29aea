using Iom.Modules.GoverningBodies.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

internal sealed record GetArrearsNotificationQuery(Guid Id) : IQuery<ArrearsNotificationDetails>;

internal sealed class GetArrearsNotificationQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetArrearsNotificationQuery, ArrearsNotificationDetails>
{
    public async ValueTask<ArrearsNotificationDetails> Handle(GetArrearsNotificationQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await ArrearsNotificationRow.GetAsync(read, query.Id, cancellationToken);
    }
}
