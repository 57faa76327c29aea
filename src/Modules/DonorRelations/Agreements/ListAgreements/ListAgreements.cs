using FluentValidation;
using Iom.Modules.DonorRelations.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Agreements;

/// <summary>Agreements by start date, newest first.</summary>
/// <param name="DonorId">Only this donor's agreements.</param>
/// <param name="Status">Only agreements in this status.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListAgreementsQuery(Guid? DonorId, [property: QueryEnum(typeof(AgreementStatus))] string? Status, int? Limit, string? Cursor) : IQuery<Page<AgreementDetails>>;

internal sealed class ListAgreementsQueryValidator : AbstractValidator<ListAgreementsQuery>
{
    public ListAgreementsQueryValidator() => RuleFor(q => q.Status).EnumName<ListAgreementsQuery, AgreementStatus>();
}

internal sealed class ListAgreementsQueryHandler(DonorRelationsDatabase db) : IQueryHandler<ListAgreementsQuery, Page<AgreementDetails>>
{
    private static readonly QueryFilter<ListAgreementsQuery> Filter = new QueryFilter<ListAgreementsQuery>()
        .When(q => q.DonorId is not null, "g.donor_id = @DonorId", q => new { q.DonorId })
        .When(q => q.Status is not null, "g.status = @Status", q => new { q.Status });

    private static readonly KeysetList<AgreementRow> List = new("g.id", r => r.Id, "-startOn", new SortableField<AgreementRow>("startOn", "g.start_on", KeyKind.Date, r => r.StartOn));

    public async ValueTask<Page<AgreementDetails>> Handle(ListAgreementsQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter.For(query);
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, AgreementRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        return new Page<AgreementDetails>(await AgreementRow.ToResponsesAsync(read, page.Items, cancellationToken), page.NextCursor);
    }
}
