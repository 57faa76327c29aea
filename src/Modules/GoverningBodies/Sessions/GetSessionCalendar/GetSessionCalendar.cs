using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>One session as iCalendar.</summary>
internal sealed record GetSessionCalendarQuery(Guid Id, string? Lang) : IQuery<string>;

internal sealed class GetSessionCalendarQueryValidator : AbstractValidator<GetSessionCalendarQuery>
{
    public GetSessionCalendarQueryValidator() => RuleFor(q => q.Lang).Must(l => l is null || Languages.Official.Contains(l)).WithMessage("lang is en, fr or es.");
}

internal sealed class GetSessionCalendarQueryHandler(GoverningBodiesDatabase db, TimeProvider clock, ICurrentUser user) : IQueryHandler<GetSessionCalendarQuery, string>
{
    private const string PrivateSql = "SELECT COUNT(*) FROM governing_bodies.sessions s WHERE s.id = @Id AND NOT (" + SessionCalendar.PublicOnly + ")";

    public async ValueTask<string> Handle(GetSessionCalendarQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var row = await SessionReader.GetAsync(read, query.Id, cancellationToken);
        if (!user.HasScope(GoverningBodiesScopes.Read) && await read.ExecuteScalarAsync<long>(PrivateSql, new { query.Id }, cancellationToken) > 0)
        {
            throw new NotFoundException("session", query.Id);
        }

        return SessionCalendar.Build([row.ToResponse(Today)], query.Lang ?? "en");
    }

    private DateOnly Today => clock.Today();
}
