using Iom.SharedKernel.Data;

namespace Iom.Modules.MigrationData.Data;

/// <summary>Audit, idempotency and outbox tables in the migration_data schema.</summary>
internal sealed class CreatePlatformTables : PlatformTablesMigration
{
    public override string Name => "0003_create_audit_idempotency_outbox";
}
