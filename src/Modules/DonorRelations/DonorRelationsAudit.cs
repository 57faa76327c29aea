namespace Iom.Modules.DonorRelations;

/// <summary>The names resources go by in the audit trail.</summary>
internal static class AuditedEntities
{
    public const string Donor = "donor";
    public const string Appeal = "appeal";
    public const string Pledge = "pledge";
    public const string Agreement = "agreement";
    public const string Flow = "flow";
    public const string ReportingRequirement = "reportingRequirement";
}

/// <summary>How earmarked a contribution is.</summary>
internal enum Earmarking
{
    Unearmarked,
    SoftlyEarmarked,
    Earmarked,
}
