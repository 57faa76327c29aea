namespace Iom.Modules.MigrationData;

/// <summary>The names resources go by in the audit trail.</summary>
internal static class AuditedEntities
{
    public const string Partner = "partner";
    public const string Dataset = "dataset";
    public const string Edition = "edition";
    public const string Indicator = "indicator";
}
