using FluentValidation;
using Iom.Modules.GoverningBodies.Bodies;
using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>Filters and paging for the list of sessions.</summary>
/// <param name="Body">Only sessions of this body.</param>
/// <param name="Kind">Only sessions of this kind.</param>
/// <param name="Status">Only sessions in this status.</param>
/// <param name="Year">Only sessions that open in this year.</param>
/// <param name="From">Only sessions that open on or after this day.</param>
/// <param name="To">Only sessions that open on or before this day.</param>
/// <param name="Q">Words in the title, in any official language.</param>
/// <param name="Sort">Comma-separated fields, '-' for descending: startDate, number, createdAt. Default startDate.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListSessionsQuery(
    string? Body,
    [property: QueryEnum(typeof(SessionKind))] string? Kind,
    [property: QueryEnum(typeof(SessionStatus))] string? Status,
    int? Year,
    DateOnly? From,
    DateOnly? To,
    string? Q,
    string? Sort,
    int? Limit,
    string? Cursor) : IQuery<Page<SessionDetails>>;

internal sealed class ListSessionsQueryValidator : AbstractValidator<ListSessionsQuery>
{
    public ListSessionsQueryValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1951, 2200);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Body).MaximumLength(40);
        RuleFor(q => q.Kind).EnumName<ListSessionsQuery, SessionKind>();
        RuleFor(q => q.Status).EnumName<ListSessionsQuery, SessionStatus>();
    }
}

internal sealed class ListSessionsQueryHandler(GoverningBodiesDatabase db, TimeProvider clock) : IQueryHandler<ListSessionsQuery, Page<SessionDetails>>
{
    private static readonly QueryFilter<ListSessionsQuery> Filter = new QueryFilter<ListSessionsQuery>()
        .When(q => q.Body is not null, "s.body_code = @Body", q => new { q.Body })
        .When(q => q.Kind is not null, "s.kind = @Kind", q => new { Kind = EnumText.ParseOptional<SessionKind>(q.Kind)?.ToText() })
        .When(q => q.Status is not null, "s.status = @Status", q => new { Status = EnumText.ParseOptional<SessionStatus>(q.Status)?.ToText() })
        .When(q => q.Year is not null, "s.start_date >= @YearStart AND s.start_date <= @YearEnd", q => q.Year is { } y
            ? new { YearStart = new DateOnly(y, 1, 1), YearEnd = new DateOnly(y, 12, 31) }
            : null)
        .When(q => q.From is not null, "s.start_date >= @From", q => new { q.From })
        .When(q => q.To is not null, "s.start_date <= @To", q => new { q.To })
        .When(q => !string.IsNullOrWhiteSpace(q.Q), "(s.title_en LIKE @Q ESCAPE '\\' OR s.title_fr LIKE @Q ESCAPE '\\' OR s.title_es LIKE @Q ESCAPE '\\')", q => new { Q = LikePattern.Contains(q.Q) });

    private static readonly KeysetList<SessionRow> List = new(
        "s.id", r => r.Id, "startDate",
        new SortableField<SessionRow>("startDate", "s.start_date", KeyKind.Date, r => r.StartDate),
        new SortableField<SessionRow>("number", "s.number", KeyKind.Integer, r => r.Number),
        new SortableField<SessionRow>("createdAt", "s.created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<SessionDetails>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var filter = Filter.For(query with { Body = await BodyRow.EnsureKnownAsync(read, query.Body, "body", cancellationToken) });
        var page = await List.ReadAsync(read, SessionRow.SelectFrom, filter, new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        var today = clock.Today();
        return page.Select(r => r.ToResponse(today));
    }
}
