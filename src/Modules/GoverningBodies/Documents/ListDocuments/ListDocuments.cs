using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Search documents.</summary>
/// <param name="SymbolPrefix">Symbols that start with these whole components, such as C/115 or C/115/4: C/115/4 matches C/115/4 and C/115/4/Rev.1, not C/115/40.</param>
/// <param name="SessionId">Documents of this session.</param>
/// <param name="Language">Documents that have a version in this language (any status).</param>
/// <param name="Type">Documents of this type.</param>
/// <param name="Distribution">Documents of this distribution.</param>
/// <param name="Status">Documents at this stage of the pipeline.</param>
/// <param name="Sort">symbol (default; by number in each component: C/115/4 before C/115/10) or createdAt, '-' for descending.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListDocumentsQuery(
    string? SymbolPrefix,
    Guid? SessionId,
    string? Language,
    [property: QueryEnum(typeof(DocumentType))] string? Type,
    [property: QueryEnum(typeof(Distribution))] string? Distribution,
    [property: QueryEnum(typeof(DocumentStatus))] string? Status,
    string? Sort,
    int? Limit,
    string? Cursor) : IQuery<Page<DocumentSummary>>;

internal sealed class ListDocumentsQueryValidator : AbstractValidator<ListDocumentsQuery>
{
    public ListDocumentsQueryValidator()
    {
        RuleFor(q => q.SymbolPrefix).MaximumLength(60);
        RuleFor(q => q.Language).LanguageCode().When(q => q.Language is not null);
        RuleFor(q => q.Type).EnumName<ListDocumentsQuery, DocumentType>();
        RuleFor(q => q.Distribution).EnumName<ListDocumentsQuery, Distribution>();
        RuleFor(q => q.Status).EnumName<ListDocumentsQuery, DocumentStatus>();
    }
}

internal sealed class ListDocumentsQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<ListDocumentsQuery, Page<DocumentSummary>>
{
    private static readonly QueryFilter<(ListDocumentsQuery Query, bool SeeRestricted)> Filter = new QueryFilter<(ListDocumentsQuery Query, bool SeeRestricted)>()
        .Always(DocumentReader.Visible, q => new { q.SeeRestricted })
        .When(q => q.Query.SymbolPrefix is not null, "(d.symbol = @SymbolPrefix OR d.symbol LIKE @SymbolPattern ESCAPE '\\')", q => new { SymbolPrefix = q.Query.SymbolPrefix?.TrimEnd('/'), SymbolPattern = LikePattern.StartsWith(q.Query.SymbolPrefix?.TrimEnd('/') + "/") })
        .When(q => q.Query.SessionId is not null, "d.session_id = @SessionId", q => new { q.Query.SessionId })
        .When(q => q.Query.Type is not null, "d.type = @Type", q => new { Type = EnumText.ParseOptional<DocumentType>(q.Query.Type)?.ToText() })
        .When(q => q.Query.Distribution is not null, "d.distribution = @Distribution", q => new { Distribution = EnumText.ParseOptional<Distribution>(q.Query.Distribution)?.ToText() })
        .When(q => q.Query.Status is not null, "d.status = @Status", q => new { Status = EnumText.ParseOptional<DocumentStatus>(q.Query.Status)?.ToText() })
        .When(q => q.Query.Language is not null, "EXISTS (SELECT 1 FROM governing_bodies.document_languages l WHERE l.document_id = d.id AND l.language = @Language)", q => new { q.Query.Language });

    private static readonly KeysetList<DocumentRow> List = new(
        "d.id", r => r.Id, "symbol",
        new SortableField<DocumentRow>("symbol", "d.symbol_sort", KeyKind.Text, r => r.SymbolSort),
        new SortableField<DocumentRow>("createdAt", "d.created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<DocumentSummary>> Handle(ListDocumentsQuery query, CancellationToken cancellationToken)
    {
        query = query with { Language = Languages.Normalize(query.Language) };
        var filter = Filter.For((query, user.HasScope(GoverningBodiesScopes.Restricted)));
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, DocumentRow.SelectFrom, filter, new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        var languages = await DocumentReader.LanguagesAsync(read, page.Items.Select(d => d.Id).ToList(), cancellationToken);
        return page.Select(d => new DocumentSummary(
            d.Id, d.Symbol, d.Type, d.Distribution, d.OriginalLanguage, d.Title, d.SessionId, d.Status, d.JobNumber, languages[d.Id].ToList(), d.Version, d.UpdatedAt));
    }
}
