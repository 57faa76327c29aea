using FluentValidation;
using Iom.Modules.DonorRelations.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Donors;

/// <summary>Donors by code.</summary>
/// <param name="Type">Only this type of donor.</param>
/// <param name="Q">Only donors whose code or name contains this text.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListDonorsQuery([property: QueryEnum(typeof(DonorType))] string? Type, string? Q, int? Limit, string? Cursor) : IQuery<Page<DonorDetails>>;

internal sealed class ListDonorsQueryValidator : AbstractValidator<ListDonorsQuery>
{
    public ListDonorsQueryValidator()
    {
        RuleFor(q => q.Type).EnumName<ListDonorsQuery, DonorType>();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

internal sealed class ListDonorsQueryHandler(DonorRelationsDatabase db) : IQueryHandler<ListDonorsQuery, Page<DonorDetails>>
{
    private static readonly QueryFilter<ListDonorsQuery> Filter = new QueryFilter<ListDonorsQuery>()
        .When(q => q.Type is not null, "d.type = @Type", q => new { q.Type })
        .When(q => !string.IsNullOrWhiteSpace(q.Q), @"(d.code LIKE @Q ESCAPE '\' OR d.name LIKE @Q ESCAPE '\')", q => new { Q = LikePattern.Contains(q.Q) });

    private static readonly KeysetList<DonorRow> List = new("d.id", r => r.Id, "code", new SortableField<DonorRow>("code", "d.code", KeyKind.Text, r => r.Code));

    public async ValueTask<Page<DonorDetails>> Handle(ListDonorsQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter.For(query);
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, DonorRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        var priorities = await DonorRow.PrioritiesAsync(read, page.Items.Select(d => d.Id).ToList(), cancellationToken);
        return page.Select(d => d.ToResponse(priorities[d.Id].ToList()));
    }
}
