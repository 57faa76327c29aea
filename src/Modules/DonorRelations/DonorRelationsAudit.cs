using System.Text.Json;

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

/// <summary>List-valued fields stored as JSON arrays in their row.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(IReadOnlyList<T>? values) => JsonSerializer.Serialize(values ?? [], Options);

    public static IReadOnlyList<T> Read<T>(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}

/// <summary>How earmarked a contribution is.</summary>
internal enum Earmarking
{
    Unearmarked,
    SoftlyEarmarked,
    Earmarked,
}
