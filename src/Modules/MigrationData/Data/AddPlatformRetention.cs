using Iom.SharedKernel.Data;

namespace Iom.Modules.MigrationData.Data;

/// <summary>The platform tables' retention step in the migration_data schema: replay scopes and the sweeps' indexes.</summary>
internal sealed class AddPlatformRetention : PlatformTablesMigration
{
    public override string Name => "0004_platform_retention";

    protected override string? Step => "Retention";
}
