using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sittings;

/// <summary>A session's timetable as JSON.</summary>
internal sealed record GetTimetableQuery(Guid SessionId) : IQuery<SessionTimetable>;

internal sealed class GetTimetableQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetTimetableQuery, SessionTimetable>
{
    public async ValueTask<SessionTimetable> Handle(GetTimetableQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var session = await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        return await SessionTimetables.ReadAsync(read, session, publicOnly: false, cancellationToken);
    }
}
