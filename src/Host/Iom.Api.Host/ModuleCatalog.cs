using Iom.Modules.DonorRelations;
using Iom.Modules.GoverningBodies;
using Iom.Modules.MigrationData;
using Iom.Modules.Research;
using Iom.SharedKernel.Modules;

namespace Iom.Api.Host;

/// <summary>The one list of the modules this host composes; no assembly scanning.</summary>
internal static class ModuleCatalog
{
    public static readonly IReadOnlyList<IModule> All =
    [
        new GoverningBodiesModule(),
        new ResearchModule(),
        new MigrationDataModule(),
        new DonorRelationsModule(),
    ];
}
