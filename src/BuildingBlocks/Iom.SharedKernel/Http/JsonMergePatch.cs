using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;

namespace Iom.SharedKernel.Http;

/// <summary>RFC 7396 JSON Merge Patch over a record of editable fields.</summary>
public static class JsonMergePatch
{
    public const string MediaType = "application/merge-patch+json";

    /// <summary>
    /// Reads a merge patch from the body. Read by hand rather than bound, so that the endpoint can document the patch's
    /// own schema; a body that is not JSON is a 415, malformed JSON a 400.
    /// </summary>
    public static async Task<JsonElement> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException($"Send the patch as {MediaType} or application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        JsonElement patch;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, ParseOptions, cancellationToken);
            patch = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The patch is not well-formed JSON, or names a member twice.", StatusCodes.Status400BadRequest, e);
        }
        catch (InvalidOperationException e)
        {
            // Checking member names for duplicates unescapes them; half a surrogate pair cannot be.
            throw new BadHttpRequestException("A member name of the patch is not valid text (half of a UTF-16 surrogate pair).", StatusCodes.Status400BadRequest, e);
        }

        try
        {
            EnsureReadableText(patch, "$");
        }
        catch (InvalidOperationException e)
        {
            throw new BadHttpRequestException("A member name of the patch is not valid text (half of a UTF-16 surrogate pair).", StatusCodes.Status400BadRequest, e);
        }

        return patch;
    }

    private static bool IsUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly JsonDocumentOptions ParseOptions = new() { AllowDuplicateProperties = false };

    // A string escape that is not UTF-16 (a lone surrogate, "\ud800") parses, but cannot be read as text: a 400 naming it;
    // so is text with a character no field means (PlainTextJsonConverter).
    private static void EnsureReadableText(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsUtf16(property.Name))
                    {
                        throw Fail(path.Length > 2 ? path[2..] : path, "A member name is not valid text: a string escape names half of a UTF-16 surrogate pair.");
                    }

                    EnsureReadableText(property.Value, $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    EnsureReadableText(item, $"{path}[{index++}]");
                }

                break;
            case JsonValueKind.String:
                bool readable;
                try
                {
                    readable = IsUtf16(element.GetString()!);
                }
                catch (InvalidOperationException)
                {
                    readable = false;
                }

                if (!readable)
                {
                    throw Fail(path.Length > 2 ? path[2..] : path, "Not valid text: a string escape names half of a UTF-16 surrogate pair.");
                }

                // Refused here as in every body, before the resource is even read.
                if (Text.PlainTextJsonConverter.Refusal(element.GetString()!) is { } refused)
                {
                    throw Fail(path.Length > 2 ? path[2..] : path, refused.Reason);
                }

                break;
        }
    }

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
            throw Fail(e.Path ?? "$", e is Text.ForbiddenCharacterException forbidden ? forbidden.Reason : e.Message);
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
