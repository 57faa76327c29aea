using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>Builders for the migration-data resources tests start from; each goes through HTTP.</summary>
public static class MigrationDataApi
{
    public const string Root = "/api/v1/migration-data";

    public static async Task<(string DatasetId, string DatasetCode)> CreateDatasetAsync(this HttpClient client, string code)
    {
        var partner = await client.PostJsonAsync($"{Root}/partners", new { code = $"P-{code}", name = $"Partner of {code}", kind = "unAgency" }).ExpectAsync(HttpStatusCode.Created);
        var dataset = await client.PostJsonAsync($"{Root}/datasets", new { code, partnerId = partner.Id(), title = new { en = $"Dataset {code}" }, licence = "CC BY 3.0 IGO" })
            .ExpectAsync(HttpStatusCode.Created);
        return (dataset.Id(), code);
    }

    public static Task<JsonNode> CreateEditionAsync(this HttpClient client, string datasetId, string edition, string releasedOn) =>
        client.PostJsonAsync($"{Root}/datasets/{datasetId}/editions", new { edition, releasedOn, retrievedOn = releasedOn }).ExpectAsync(HttpStatusCode.Created);

    public static async Task CreateIndicatorAsync(this HttpClient client, string code, string unit = "persons")
    {
        using var response = await client.PostJsonAsync($"{Root}/indicators", new { code, name = new { en = $"Indicator {code}" }, unit });
        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Created, HttpStatusCode.Conflict), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Releases a draft edition: from then on it is its dataset's default, when it is the latest release.</summary>
    public static Task<JsonNode> ReleaseAsync(this HttpClient client, string editionId) =>
        client.PostAsync($"{Root}/editions/{editionId}/release", null).ExpectAsync(HttpStatusCode.OK);

    /// <summary>Loads a file that must load (200), then releases the edition.</summary>
    public static async Task LoadAndReleaseAsync(this HttpClient client, string editionId, string body, string mediaType = "text/csv")
    {
        using (var loaded = await client.LoadAsync(editionId, body, mediaType))
        {
            Assert.That(loaded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await loaded.Content.ReadAsStringAsync());
        }

        await client.ReleaseAsync(editionId);
    }

    public static Task<HttpResponseMessage> LoadAsync(this HttpClient client, string editionId, string body, string mediaType = "text/csv", bool respondAsync = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Root}/editions/{editionId}/observations") { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (respondAsync)
        {
            request.Headers.TryAddWithoutValidation("Prefer", "respond-async");
        }

        return client.SendAsync(request);
    }
}
