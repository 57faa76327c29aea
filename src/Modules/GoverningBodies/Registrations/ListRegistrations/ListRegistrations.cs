using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Registrations;

/// <summary>A session's registrations, oldest first: the Secretariat's queue.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Status">Only registrations in this status (pending: the queue to decide).</param>
/// <param name="DelegationId">Only registrations in this delegation.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListRegistrationsQuery(
    Guid SessionId, [property: QueryEnum(typeof(RegistrationStatus))] string? Status, Guid? DelegationId, int? Limit, string? Cursor) : IQuery<Page<RegistrationDetails>>;

internal sealed class ListRegistrationsQueryValidator : AbstractValidator<ListRegistrationsQuery>
{
    public ListRegistrationsQueryValidator() => RuleFor(q => q.Status).EnumName<ListRegistrationsQuery, RegistrationStatus>();
}

internal sealed class ListRegistrationsQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<ListRegistrationsQuery, Page<RegistrationDetails>>
{
    private static readonly QueryFilter<ListRegistrationsQuery> Filter = new QueryFilter<ListRegistrationsQuery>()
        .Always("r.session_id = @SessionId", q => new { q.SessionId })
        .When(q => q.Status is not null, "r.status = @Status", q => new { Status = EnumText.ParseOptional<RegistrationStatus>(q.Status)?.ToText() })
        .When(q => q.DelegationId is not null, "r.delegation_id = @DelegationId", q => new { q.DelegationId });

    private static readonly KeysetList<RegistrationRow> List = new(
        "r.id", r => r.Id, "createdAt", new SortableField<RegistrationRow>("createdAt", "r.created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<RegistrationDetails>> Handle(ListRegistrationsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var page = await List.ReadAsync(read, RegistrationRow.SelectFrom, Filter.For(query), new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        var seePersonal = user.HasScope(GoverningBodiesScopes.PersonalData);
        return new Page<RegistrationDetails>(page.Items.Select(r => r.ToResponse(seePersonal)).ToList(), page.NextCursor);
    }
}
