using FluentValidation;
using Iom.Modules.GoverningBodies.Bodies;
using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>Every session (optionally of one body) as an iCalendar feed.</summary>
/// <param name="Body">Only sessions of this body.</param>
/// <param name="Lang">Language of the event titles: en (default), fr or es.</param>
internal sealed record GetSessionsCalendarQuery(string? Body, string? Lang) : IQuery<string>;

internal sealed class GetSessionsCalendarQueryValidator : AbstractValidator<GetSessionsCalendarQuery>
{
    public GetSessionsCalendarQueryValidator()
    {
        RuleFor(q => q.Lang).Must(l => l is null || Languages.Official.Contains(l)).WithMessage("lang is en, fr or es.");
        RuleFor(q => q.Body).MaximumLength(40);
    }
}

internal sealed class GetSessionsCalendarQueryHandler(GoverningBodiesDatabase db, TimeProvider clock, ICurrentUser user) : IQueryHandler<GetSessionsCalendarQuery, string>
{
    private const int FeedSize = KeysetList<SessionRow>.MaxLimit;

    // The most recent sessions: a subscription feed, not an archive.
    private static readonly QueryFilter<(GetSessionsCalendarQuery Query, DateOnly Today, bool SeeAll)> Filter = new QueryFilter<(GetSessionsCalendarQuery Query, DateOnly Today, bool SeeAll)>()
        .Always("s.start_date >= @Since", q => new { Since = q.Today.AddYears(-2) })
        .When(q => q.Query.Body is not null, "s.body_code = @Body", q => new { q.Query.Body })
        .When(q => !q.SeeAll, SessionCalendar.PublicOnly);

    private static readonly KeysetList<SessionRow> Feed = new(
        "s.id", r => r.Id, "startDate", new SortableField<SessionRow>("startDate", "s.start_date", KeyKind.Date, r => r.StartDate));

    public async ValueTask<string> Handle(GetSessionsCalendarQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var body = await BodyRow.EnsureKnownAsync(read, query.Body, "body", cancellationToken);
        var filter = Filter.For((query with { Body = body }, Today, user.HasScope(GoverningBodiesScopes.Read)));
        var page = await Feed.ReadAsync(read, SessionRow.SelectFrom, filter, new PageRequest(null, FeedSize, null), cancellationToken);
        return SessionCalendar.Build(page.Items.Select(r => r.ToResponse(Today)), query.Lang ?? "en");
    }

    private DateOnly Today => clock.Today();
}
