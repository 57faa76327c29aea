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
    private static readonly KeysetList<WorkRow> List = new(
        "w.id", r => r.Id, "publicationCode",
        new SortableField<WorkRow>("publicationCode", "w.publication_code", KeyKind.Text, r => r.PublicationCode),
        new SortableField<WorkRow>("createdAt", "w.created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<WorkDetails>> Handle(ListWorksQuery query, CancellationToken cancellationToken)
    {
        query = query with { Language = Languages.Normalize(query.Language) };
        var filter = new SqlFilter()
            .WhereIf(query.Status is not null, "w.status = @Status", new { query.Status })
            .WhereIf(query.Type is not null, "w.type = @Type", new { query.Type })
            .WhereIf(query.SeriesId is not null, "w.series_id = @SeriesId", new { query.SeriesId })
            .WhereIf(query.ProgrammeYear is not null, "w.programme_year = @ProgrammeYear", new { query.ProgrammeYear })
            .WhereIf(query.Language is not null,
                "EXISTS (SELECT 1 FROM research.manifestations m WHERE m.work_id = w.id AND m.language = @Language)", new { query.Language })
            .WhereIf(!string.IsNullOrWhiteSpace(query.Q),
                @"(w.title_en LIKE @Q ESCAPE '\' OR w.title_fr LIKE @Q ESCAPE '\' OR w.title_es LIKE @Q ESCAPE '\' OR w.publication_code LIKE @Q ESCAPE '\')",
                new { Q = LikePattern.Contains(query.Q) });
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, WorkRow.SelectFrom, filter, new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        var clearances = await Clearances.ReadAsync(read, page.Items.Select(r => r.Id).ToList(), cancellationToken);
        return page.Select(r => r.ToResponse(clearances[r.Id].ToList()));
    }
}
