using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sittings;

/// <summary>A session's timetable as iCalendar.</summary>
internal sealed record GetTimetableCalendarQuery(Guid SessionId, string? Lang) : IQuery<string>;

internal sealed class GetTimetableCalendarQueryValidator : AbstractValidator<GetTimetableCalendarQuery>
{
    public GetTimetableCalendarQueryValidator() => RuleFor(q => q.Lang).Must(l => l is null || Languages.Official.Contains(l)).WithMessage("lang is en, fr or es.");
}

internal sealed class GetTimetableCalendarQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<GetTimetableCalendarQuery, string>
{
    private const string PrivateSql = "SELECT COUNT(*) FROM governing_bodies.sessions s WHERE s.id = @Id AND NOT (" + SessionCalendar.PublicOnly + ")";

    public async ValueTask<string> Handle(GetTimetableCalendarQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var session = await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var anonymous = !user.HasScope(GoverningBodiesScopes.Read);
        if (anonymous && await read.ExecuteScalarAsync<long>(PrivateSql, new { Id = query.SessionId }, cancellationToken) > 0)
        {
            throw new NotFoundException("session", query.SessionId);
        }

        return TimetableCalendar.Build(await SessionTimetables.ReadAsync(read, session, publicOnly: anonymous, cancellationToken), query.Lang ?? "en");
    }
}
