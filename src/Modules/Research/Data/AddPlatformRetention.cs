using Iom.SharedKernel.Data;

namespace Iom.Modules.Research.Data;

/// <summary>The platform tables' retention step in the research schema: replay scopes and the sweeps' indexes.</summary>
internal sealed class AddPlatformRetention : PlatformTablesMigration
{
    public override string Name => "0004_platform_retention";

    protected override string? Step => "Retention";
}
