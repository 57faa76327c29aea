using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.Research.Projects;

/// <summary>Research projects, newest first.</summary>
/// <param name="Status">Only projects in this status.</param>
/// <param name="Q">Only projects whose title (any language) or lead contains this text.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListProjectsQuery([property: QueryEnum(typeof(ProjectStatus))] string? Status, string? Q, int? Limit, string? Cursor)
    : IQuery<Page<ProjectDetails>>;

internal sealed class ListProjectsQueryValidator : AbstractValidator<ListProjectsQuery>
{
    public ListProjectsQueryValidator()
    {
        RuleFor(q => q.Status).EnumName<ListProjectsQuery, ProjectStatus>();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

internal sealed class ListProjectsQueryHandler(ResearchDatabase db) : IQueryHandler<ListProjectsQuery, Page<ProjectDetails>>
{
    private static readonly QueryFilter<ListProjectsQuery> Filter = new QueryFilter<ListProjectsQuery>()
        .When(q => q.Status is not null, "p.status = @Status", q => new { q.Status })
        .When(q => !string.IsNullOrWhiteSpace(q.Q), @"(p.title_en LIKE @Q ESCAPE '\' OR p.title_fr LIKE @Q ESCAPE '\' OR p.title_es LIKE @Q ESCAPE '\' OR p.lead LIKE @Q ESCAPE '\')", q => new { Q = LikePattern.Contains(q.Q) });

    private static readonly KeysetList<ProjectRow> List = new(
        "p.id", r => r.Id, "-createdAt", new SortableField<ProjectRow>("createdAt", "p.created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<ProjectDetails>> Handle(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter.For(query);
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, ProjectRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse());
    }
}
