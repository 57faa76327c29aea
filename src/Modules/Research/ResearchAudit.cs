namespace Iom.Modules.Research;

/// <summary>The names resources go by in the audit trail.</summary>
internal static class AuditedEntities
{
    public const string Project = "project";
    public const string Series = "series";
    public const string Work = "work";
    public const string ReviewRound = "reviewRound";
    public const string ReviewAssignment = "reviewAssignment";
    public const string Manifestation = "manifestation";
}

/// <summary>The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration.</summary>
internal static class GcmObjectives
{
    public const int First = 1;
    public const int Last = 23;
}
