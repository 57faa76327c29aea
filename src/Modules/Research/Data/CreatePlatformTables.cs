using Iom.SharedKernel.Data;

namespace Iom.Modules.Research.Data;

/// <summary>Audit, idempotency and outbox tables in the research schema.</summary>
internal sealed class CreatePlatformTables : PlatformTablesMigration
{
    public override string Name => "0002_create_audit_idempotency_outbox";
}
