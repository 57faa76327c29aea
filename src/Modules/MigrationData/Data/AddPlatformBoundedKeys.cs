using Iom.SharedKernel.Data;

namespace Iom.Modules.MigrationData.Data;

/// <summary>The platform tables' bounded-keys step in the migration_data schema: idempotency records keyed by a hash of the caller.</summary>
internal sealed class AddPlatformBoundedKeys : PlatformTablesMigration
{
    public override string Name => "0007_platform_bounded_keys";

    protected override string? Step => BoundedKeys;
}
