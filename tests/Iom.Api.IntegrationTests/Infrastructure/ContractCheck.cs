using System.Text.RegularExpressions;
using NJsonSchema;
using NSwag;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Holds every 2xx answer of the test suite to the served OpenAPI document: the body validates against the response's
/// schema (OpenAPI 3.0 semantics: required, nullable, types, formats, bounds), every header the document marks required
/// is sent, and the headers clients act on (Location, ETag, Idempotent-Replayed) are sent only where declared. A
/// breach fails the request that met it, naming the operation.
/// </summary>
internal sealed class ContractCheck(Func<HttpClient> rawClient) : DelegatingHandler
{
    private static readonly string[] DeclaredOnly = ["Location", "ETag", "Idempotent-Replayed"];
    // The document is the same for every host of the run: read once.
    private static readonly SemaphoreSlim Loading = new(1, 1);
    private static List<(Regex Path, OpenApiPathItem Item)>? _paths;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        // CORS preflights are the framework's, not operations of the document.
        if ((int)response.StatusCode is >= 200 and < 300 && request.Method != HttpMethod.Options
            && request.RequestUri!.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
        {
            var breaches = await CheckAsync(request, response, cancellationToken);
            if (breaches.Count > 0)
            {
                throw new AssertionException($"{request.Method} {request.RequestUri.PathAndQuery} answered {(int)response.StatusCode} against the document:\n  " + string.Join("\n  ", breaches));
            }
        }

        return response;
    }

    private async Task<List<string>> CheckAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var paths = await PathsAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var match = paths.FirstOrDefault(p => p.Path.IsMatch(path));
        var breaches = new List<string>();
        // HEAD is answered wherever GET is, with GET's status and headers (docs/api-conventions.md): checked as that GET.
        var head = request.Method == HttpMethod.Head;
        var method = head ? "get" : request.Method.Method.ToLowerInvariant();
        if (match.Item is null || !match.Item.TryGetValue(method, out var operation))
        {
            return [$"no operation {request.Method} {path} in the document"];
        }

        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.ActualResponses.TryGetValue(status, out var declared))
        {
            return [$"{operation.OperationId}: status {status} is not documented"];
        }

        var headers = response.Headers.Select(h => h.Key).Concat(response.Content.Headers.Select(h => h.Key)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, header) in declared.Headers)
        {
            if (header.IsRequired && !headers.Contains(name))
            {
                breaches.Add($"{operation.OperationId}: required header {name} not sent");
            }
        }

        foreach (var name in DeclaredOnly.Where(headers.Contains))
        {
            if (!declared.Headers.Keys.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                breaches.Add($"{operation.OperationId}: header {name} sent but not declared on {status}");
            }
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (!head && mediaType is not null && mediaType.Contains("json", StringComparison.Ordinal) && declared.Content.TryGetValue(mediaType, out var content) && content.Schema is { } schema)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            foreach (var error in schema.ActualSchema.Validate(body, SchemaType.OpenApi3))
            {
                breaches.Add($"{operation.OperationId}: {error}");
            }
        }
        else if (mediaType is not null && !declared.Content.ContainsKey(mediaType) && status != "204")
        {
            breaches.Add($"{operation.OperationId}: {mediaType} is not a documented content type of {status}");
        }

        return breaches;
    }

    private async Task<List<(Regex Path, OpenApiPathItem Item)>> PathsAsync(CancellationToken cancellationToken)
    {
        if (_paths is not null)
        {
            return _paths;
        }

        await Loading.WaitAsync(cancellationToken);
        try
        {
            using var client = rawClient();
            var document = await OpenApiDocument.FromJsonAsync(await client.GetStringAsync("/swagger/v1/swagger.json", cancellationToken), cancellationToken);
            // Literal segments before parameters: /sessions/calendar is not /sessions/{id}.
            _paths ??= [.. document.Paths
                .OrderBy(p => p.Key.Count(c => c == '{'))
                .Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{\w+}", "[^/]+") + "/?$", RegexOptions.CultureInvariant), p.Value))];
            return _paths;
        }
        finally
        {
            Loading.Release();
        }
    }
}
