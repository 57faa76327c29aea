using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.Research.Works;

/// <summary>The publications, by code.</summary>
/// <param name="Status">Only works in this status.</param>
/// <param name="Type">Only works of this type.</param>
/// <param name="SeriesId">Only works of this series.</param>
/// <param name="ProgrammeYear">Only works planned in this year's programme.</param>
/// <param name="Language">Only works with a language version (manifestation) in this language.</param>
/// <param name="Q">Only works whose title (any language) or code contains this text.</param>
/// <param name="Sort">publicationCode (default) or createdAt, '-' for descending.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListWorksQuery(
    [property: QueryEnum(typeof(WorkStatus))] string? Status,
    [property: QueryEnum(typeof(WorkType))] string? Type,
    Guid? SeriesId,
    int? ProgrammeYear,
    string? Language,
    string? Q,
    string? Sort,
    int? Limit,
    string? Cursor) : IQuery<Page<WorkDetails>>;

internal sealed class ListWorksQueryValidator : AbstractValidator<ListWorksQuery>
{
    public ListWorksQueryValidator()
    {
        RuleFor(q => q.Status).EnumName<ListWorksQuery, WorkStatus>();
        RuleFor(q => q.Type).EnumName<ListWorksQuery, WorkType>();
        RuleFor(q => q.ProgrammeYear).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Language).LanguageCode().When(q => q.Language is not null);
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

internal sealed class ListWorksQueryHandler(ResearchDatabase db) : IQueryHandler<ListWorksQuery, Page<WorkDetails>>
{
    private static readonly QueryFilter<ListWorksQuery> Filter = new QueryFilter<ListWorksQuery>()
        .When(q => q.Status is not null, "w.status = @Status", q => new { q.Status })
        .When(q => q.Type is not null, "w.type = @Type", q => new { q.Type })
        .When(q => q.SeriesId is not null, "w.series_id = @SeriesId", q => new { q.SeriesId })
        .When(q => q.ProgrammeYear is not null, "w.programme_year = @ProgrammeYear", q => new { q.ProgrammeYear })
        .When(q => q.Language is not null, "EXISTS (SELECT 1 FROM research.manifestations m WHERE m.work_id = w.id AND m.language = @Language)", q => new { q.Language })
        .When(q => !string.IsNullOrWhiteSpace(q.Q), @"(w.title_en LIKE @Q ESCAPE '\' OR w.title_fr LIKE @Q ESCAPE '\' OR w.title_es LIKE @Q ESCAPE '\' OR w.publication_code LIKE @Q ESCAPE '\')", q => new { Q = LikePattern.Contains(q.Q) });

    private static readonly KeysetList<WorkRow> List = new(
        "w.id", r => r.Id, "publicationCode",
        new SortableField<WorkRow>("publicationCode", "w.publication_code", KeyKind.Text, r => r.PublicationCode),
        new SortableField<WorkRow>("createdAt", "w.created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<WorkDetails>> Handle(ListWorksQuery query, CancellationToken cancellationToken)
    {
        query = query with { Language = Languages.Normalize(query.Language) };
        var filter = Filter.For(query);
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, WorkRow.SelectFrom, filter, new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        var clearances = await Clearances.ReadAsync(read, page.Items.Select(r => r.Id).ToList(), cancellationToken);
        return page.Select(r => r.ToResponse(clearances[r.Id].ToList()));
    }
}
