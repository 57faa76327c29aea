using System.Text.Json;

namespace Iom.SharedKernel.Data;

/// <summary>List-valued fields that are only ever read with their row, stored as JSON arrays in a text column.</summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(IReadOnlyList<T>? values) => JsonSerializer.Serialize(values ?? [], Options);

    public static IReadOnlyList<T> Read<T>(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}
