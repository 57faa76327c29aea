using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iom.Api.Client;

// PATCH bodies are JSON Merge Patches (RFC 7396): a property sent as null removes the field, so a property the caller
// leaves unset must not be sent at all. The generated clients call these hooks when they make their serializer options.
public partial class DonorRelationsClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => MergePatchSerialization.Apply(settings);
}

public partial class GoverningBodiesClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => MergePatchSerialization.Apply(settings);
}

public partial class MigrationDataClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => MergePatchSerialization.Apply(settings);
}

public partial class OperationsClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => MergePatchSerialization.Apply(settings);
}

public partial class ResearchClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => MergePatchSerialization.Apply(settings);
}

internal static class MergePatchSerialization
{
    /// <summary>Unset (null) properties are left out of every body; to remove a field, send the patch as raw JSON with an explicit null.</summary>
    public static void Apply(JsonSerializerOptions settings) => settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
}
