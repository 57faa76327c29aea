using Iom.SharedKernel.Data;
using Microsoft.Extensions.Options;

namespace Iom.Modules.DonorRelations.Data;

internal sealed class DonorRelationsDatabase(IOptions<DatabaseOptions> options)
    : ModuleDatabase(DonorRelationsModule.SchemaName, options.Value);

/// <summary>Audit, idempotency and outbox tables in the donor_relations schema.</summary>
internal sealed class CreatePlatformTables : PlatformTablesMigration
{
    public override string Name => "0002_create_audit_idempotency_outbox";
}
