using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

/// <summary>Open translation jobs, the most overdue first.</summary>
/// <param name="Language">Only jobs into this language.</param>
/// <param name="Assignee">Only jobs assigned to this translator or unit.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListTranslationBacklogQuery(string? Language, string? Assignee, int? Limit, string? Cursor) : IQuery<Page<TranslationJobDetails>>;

internal sealed class ListTranslationBacklogQueryValidator : AbstractValidator<ListTranslationBacklogQuery>
{
    public ListTranslationBacklogQueryValidator()
    {
        RuleFor(q => q.Language).LanguageCode().When(q => q.Language is not null);
        RuleFor(q => q.Assignee).MaximumLength(200);
    }
}

internal sealed class ListTranslationBacklogQueryHandler(GoverningBodiesDatabase db, TimeProvider clock, ICurrentUser user)
    : IQueryHandler<ListTranslationBacklogQuery, Page<TranslationJobDetails>>
{
    private static readonly QueryFilter<(ListTranslationBacklogQuery Query, bool SeeRestricted)> Filter = new QueryFilter<(ListTranslationBacklogQuery Query, bool SeeRestricted)>()
        .Always("j.status IN @Open", _ => new { Open = TranslationJobRules.OpenStatuses })
        .Always(TranslationJobRow.Visible, q => new { q.SeeRestricted })
        .When(q => q.Query.Language is not null, "j.target_language = @Language", q => new { q.Query.Language })
        .When(q => q.Query.Assignee is not null, "j.assignee = @Assignee", q => new { q.Query.Assignee });

    // Due date ascending puts the most overdue first, then what falls due soonest.
    private static readonly KeysetList<TranslationJobRow> List = new(
        "j.id", r => r.Id, "dueOn", new SortableField<TranslationJobRow>("dueOn", "j.due_on", KeyKind.Date, r => r.DueOn));

    public async ValueTask<Page<TranslationJobDetails>> Handle(ListTranslationBacklogQuery query, CancellationToken cancellationToken)
    {
        query = query with { Language = Languages.Normalize(query.Language) };
        var filter = Filter.For((query, user.HasScope(GoverningBodiesScopes.Restricted)));
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, TranslationJobRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        var today = clock.Today();
        return page.Select(r => r.ToResponse(today));
    }
}
