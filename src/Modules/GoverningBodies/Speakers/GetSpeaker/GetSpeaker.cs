using Iom.Modules.GoverningBodies.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.Speakers;

internal sealed record GetSpeakerQuery(Guid Id) : IQuery<SpeakerDetails>;

internal sealed class GetSpeakerQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetSpeakerQuery, SpeakerDetails>
{
    public async ValueTask<SpeakerDetails> Handle(GetSpeakerQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await SpeakerRow.GetAsync(read, query.Id, cancellationToken);
    }
}
