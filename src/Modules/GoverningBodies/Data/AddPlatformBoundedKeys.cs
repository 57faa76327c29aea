using Iom.SharedKernel.Data;

namespace Iom.Modules.GoverningBodies.Data;

/// <summary>The platform tables' bounded-keys step in the governing_bodies schema: idempotency records keyed by a hash of the caller.</summary>
internal sealed class AddPlatformBoundedKeys : PlatformTablesMigration
{
    public override string Name => "0011_platform_bounded_keys";

    protected override string? Step => BoundedKeys;
}
