using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Speakers;

/// <summary>Where the file of a statement in a language is.</summary>
internal sealed record DownloadStatementFileQuery(Guid SpeakerId, string Language) : IQuery<StatementFileRow>;

internal sealed class DownloadStatementFileQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<DownloadStatementFileQuery, StatementFileRow>
{
    public async ValueTask<StatementFileRow> Handle(DownloadStatementFileQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var speaker = await SpeakerRow.GetAsync(read, query.SpeakerId, cancellationToken);
        return await StatementFileRow.GetAsync(read, speaker.Id, Languages.Normalize(query.Language)!, cancellationToken);
    }
}
