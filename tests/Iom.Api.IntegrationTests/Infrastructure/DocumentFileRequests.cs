using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>Uploads of document files the tests make: PUT of bytes shaped like a PDF.</summary>
public static class DocumentFileRequests
{
    public const string Pdf = "application/pdf";

    public static async Task<JsonNode> UploadFileAsync(this HttpClient client, string url, byte[] bytes, string query = "") =>
        await client.SendAsync(Put(url + query, bytes)).ExpectAsync(HttpStatusCode.OK);

    public static HttpRequestMessage Put(string url, byte[] bytes, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(Pdf);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    public static byte[] PdfLike(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.ToArray().CopyTo(bytes, 0);
        return bytes;
    }
}
