using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;

namespace Iom.SharedKernel.Http;

/// <summary>RFC 7396 JSON Merge Patch over a record of editable fields.</summary>
public static class JsonMergePatch
{
    public const string MediaType = "application/merge-patch+json";

    /// <summary>Applies <paramref name="patch"/> to <paramref name="current"/>; wrong types are 400s, and so are unknown members when <paramref name="options"/> disallows them (the host's do).</summary>
    public static T Apply<T>(T current, JsonElement patch, JsonSerializerOptions options)
        where T : class
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            throw Fail("$", "A merge patch must be a JSON object.");
        }

        var target = JsonSerializer.SerializeToNode(current, options);
        var merged = Merge(target, JsonNode.Parse(patch.GetRawText()));
        try
        {
            return merged.Deserialize<T>(options) ?? throw Fail("$", "The patch removed every field.");
        }
        catch (JsonException e)
        {
            throw Fail(e.Path ?? "$", e.Message);
        }
    }

    private static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? [];
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                result[name] = Merge(result[name]?.DeepClone(), value);
            }
        }

        return result;
    }

    private static ValidationException Fail(string path, string message)
    {
        var field = path.TrimStart('$', '.');
        return new ValidationException(message, [new ValidationFailure(field.Length == 0 ? "body" : field, message)]);
    }
}
