using Iom.SharedKernel.Data;

namespace Iom.Modules.GoverningBodies.Data;

/// <summary>The platform tables' retention step in the governing_bodies schema: replay scopes and the sweeps' indexes.</summary>
internal sealed class AddPlatformRetention : PlatformTablesMigration
{
    public override string Name => "0009_platform_retention";

    protected override string? Step => "Retention";
}
