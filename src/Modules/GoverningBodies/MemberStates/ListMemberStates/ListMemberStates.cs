using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.MemberStates;

/// <summary>The Member States by country code, with their voting rights on a day.</summary>
/// <param name="VotingRights">Only states with these voting rights on asOf.</param>
/// <param name="AsOf">The day the voting rights describe; today (UTC) by default.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListMemberStatesQuery([property: QueryEnum(typeof(VotingRightsStatus))] string? VotingRights, DateOnly? AsOf, int? Limit, string? Cursor)
    : IQuery<Page<MemberStateStanding>>;

internal sealed class ListMemberStatesQueryValidator : AbstractValidator<ListMemberStatesQuery>
{
    public ListMemberStatesQueryValidator() => RuleFor(q => q.VotingRights).EnumName<ListMemberStatesQuery, VotingRightsStatus>();
}

internal sealed class ListMemberStatesQueryHandler(GoverningBodiesDatabase db, TimeProvider clock) : IQueryHandler<ListMemberStatesQuery, Page<MemberStateStanding>>
{
    public async ValueTask<Page<MemberStateStanding>> Handle(ListMemberStatesQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var status = EnumText.ParseOptional<VotingRightsStatus>(query.VotingRights);
        var states = (await MemberStateRow.StandingsAsync(read, query.AsOf ?? clock.Today(), cancellationToken))
            .Where(s => status is null || s.VotingRights.Status == status).ToList();
        return BoundedList.Page(states, s => s.Country, query.Limit, query.Cursor);
    }
}
