using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.Research.Series;

/// <summary>Remove a series created by mistake, while no work belongs to it.</summary>
internal sealed record DeleteSeriesCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteSeriesCommandHandler(WriteSession write) : ICommandHandler<DeleteSeriesCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM research.series WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM research.works WHERE series_id = @Id", "work"),
    ];

    public async ValueTask<Unit> Handle(DeleteSeriesCommand command, CancellationToken cancellationToken)
    {
        var before = (await SeriesRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.EnsureNoneAsync("series", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Series, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
