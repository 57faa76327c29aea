using Iom.SharedKernel.Data;

namespace Iom.Modules.DonorRelations.Data;

/// <summary>The platform tables' retention step in the donor_relations schema: replay scopes and the sweeps' indexes.</summary>
internal sealed class AddPlatformRetention : PlatformTablesMigration
{
    public override string Name => "0005_platform_retention";

    protected override string? Step => "Retention";
}
