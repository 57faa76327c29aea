using Mediator;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>The SDMX 3.0 structure message of the dataflow the exports name, with its data structure, concepts and code lists.</summary>
internal sealed record GetDataStructureQuery : IQuery<string>;

internal sealed class GetDataStructureQueryHandler(TimeProvider clock) : IQueryHandler<GetDataStructureQuery, string>
{
    public ValueTask<string> Handle(GetDataStructureQuery query, CancellationToken cancellationToken)
    {
        var document = SdmxStructure.Document(clock.GetUtcNow());
        return ValueTask.FromResult(document.Declaration + "\n" + document);
    }
}
