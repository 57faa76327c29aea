using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>Small helpers for talking JSON to the API and checking its problem responses.</summary>
public static class Http
{
    public const string GoverningBodies = "/api/v1/governing-bodies";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object? body, string? ifMatch = null) =>
        client.SendJsonAsync(HttpMethod.Post, url, body is null ? null : JsonSerializerFor(body), ifMatch);

    /// <summary>A JSON Merge Patch; If-Match <c>*</c> (whatever the version) unless the test names one: PATCH requires the header.</summary>
    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string url, string json, string? ifMatch = "*") =>
        client.SendJsonAsync(HttpMethod.Patch, url, json, ifMatch, "application/merge-patch+json");

    /// <summary>A DELETE with If-Match (<c>*</c> unless the test names a version); DELETE requires the header.</summary>
    public static async Task<HttpResponseMessage> DeleteAsync(this HttpClient client, string url, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> SendJsonAsync(
        this HttpClient client, HttpMethod method, string url, string? json, string? ifMatch = null, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, mediaType);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new AssertionException("Empty body");

    /// <summary>Asserts the status, then returns the body.</summary>
    public static async Task<JsonNode> ExpectAsync(this Task<HttpResponseMessage> pending, HttpStatusCode status)
    {
        using var response = await pending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        return JsonNode.Parse(body.Length == 0 ? "{}" : body)!;
    }

    /// <summary>Asserts an RFC 9457 problem response with this status, and returns it.</summary>
    public static async Task<JsonNode> ExpectProblemAsync(this Task<HttpResponseMessage> pending, HttpStatusCode status)
    {
        using var response = await pending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var problem = JsonNode.Parse(body)!;
        Assert.Multiple(() =>
        {
            Assert.That((int)problem["status"]!, Is.EqualTo((int)status));
            Assert.That(problem["title"]?.GetValue<string>(), Is.Not.Empty);
            Assert.That(problem["traceId"]?.GetValue<string>(), Is.Not.Empty);
            Assert.That(body, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace or exception name leaks");
        });
        return problem;
    }

    /// <summary>Asserts a 400 that names <paramref name="fields"/> among its errors.</summary>
    public static async Task<JsonNode> ExpectFieldErrorsAsync(this Task<HttpResponseMessage> pending, params string[] fields)
    {
        var problem = await pending.ExpectProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject() ?? throw new AssertionException($"No errors member: {problem}");
        Assert.That(errors.Select(e => e.Key), Is.SupersetOf(fields), problem.ToJsonString());
        return problem;
    }

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.Tag ?? throw new AssertionException("No ETag");

    public static void IfNoneMatch(this HttpRequestHeaders headers, string etag) => headers.TryAddWithoutValidation("If-None-Match", etag);

    private static string JsonSerializerFor(object body) => body as string ?? System.Text.Json.JsonSerializer.Serialize(body, JsonOptions);

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
