using Iom.SharedKernel.Data;

namespace Iom.Modules.DonorRelations.Data;

/// <summary>The platform tables' bounded-keys step in the donor_relations schema: idempotency records keyed by a hash of the caller.</summary>
internal sealed class AddPlatformBoundedKeys : PlatformTablesMigration
{
    public override string Name => "0007_platform_bounded_keys";

    protected override string? Step => BoundedKeys;
}
