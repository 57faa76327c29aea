using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Iom.SharedKernel.Http;

/// <summary>
/// Which format an export answers in: the <c>format</c> parameter when given, else the CSV media type the request's
/// <c>Accept</c> header prefers to JSON (RFC 9110 §12.5.1: highest quality first, in the order listed on a tie).
/// </summary>
public static class ExportNegotiation
{
    public static string? Format(HttpRequest request, string? format, IReadOnlyDictionary<string, string> formatsByMediaType)
    {
        if (format is not null || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return format;
        }

        foreach (var type in accepted.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            var mediaType = type.MediaType.Value ?? string.Empty;
            if (formatsByMediaType.TryGetValue(mediaType, out var offered))
            {
                return offered;
            }

            if (mediaType is "application/json" or "application/problem+json" or "*/*" or "application/*")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The answer depends on Accept as well as on the URL: caches must keep them apart.</summary>
    public static void VaryByAccept(HttpResponse response) => response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
}
