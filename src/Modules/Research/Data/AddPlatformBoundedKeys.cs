using Iom.SharedKernel.Data;

namespace Iom.Modules.Research.Data;

/// <summary>The platform tables' bounded-keys step in the research schema: idempotency records keyed by a hash of the caller.</summary>
internal sealed class AddPlatformBoundedKeys : PlatformTablesMigration
{
    public override string Name => "0006_platform_bounded_keys";

    protected override string? Step => BoundedKeys;
}
