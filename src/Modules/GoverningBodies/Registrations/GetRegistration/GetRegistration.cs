using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.Registrations;

internal sealed record GetRegistrationQuery(Guid Id) : IQuery<RegistrationDetails>;

internal sealed class GetRegistrationQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<GetRegistrationQuery, RegistrationDetails>
{
    public async ValueTask<RegistrationDetails> Handle(GetRegistrationQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await RegistrationRow.GetAsync(read, query.Id, user.HasScope(GoverningBodiesScopes.PersonalData), cancellationToken);
    }
}
