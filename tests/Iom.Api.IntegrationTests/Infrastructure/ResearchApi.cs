using System.Net;
using System.Text.Json.Nodes;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>Builders for the research resources tests start from; each goes through HTTP.</summary>
public static class ResearchApi
{
    public const string Root = "/api/v1/research";

    /// <summary>The seeded Migration Research Series (ISSN 1607-338X).</summary>
    public const string MigrationResearchSeries = "0193a2c4-0000-7000-8000-000000000002";

    public static object WorkBody(
        string code, string peerReview = "external", int? programmeYear = 2024, int? plannedQuarter = 2, string? seriesId = null, string? seriesNumber = null,
        string type = "report", string? projectId = null) => new
    {
        publicationCode = code,
        type,
        seriesId,
        seriesNumber,
        title = new { en = $"Migration and Climate {code}", fr = $"Migration et climat {code}", es = $"Migración y clima {code}" },
        originalLanguage = "en",
        contributors = new object[]
        {
            new { givenName = "Marie", familyName = "McAuliffe", role = "editor", orcid = "0000-0002-1825-0097" },
            new { givenName = "Linda Adhiambo", familyName = "Oucho", role = "editor", affiliation = "African Migration and Development Policy Centre" },
        },
        licence = "CC BY-NC-ND 3.0 IGO",
        abstracts = new[]
        {
            new { language = "en", text = $"How a changing climate moves people, in {code}." },
            new { language = "fr", text = $"Comment le climat déplace les personnes, dans {code}." },
        },
        projectId,
        peerReview,
        themes = new[] { "climate" },
        countries = new[] { "KEN", "BGD" },
        gcmObjectives = new[] { 2, 5 },
        programmeYear,
        plannedQuarter,
    };

    public static Task<JsonNode> CreateWorkAsync(this HttpClient client, string code, string peerReview = "external", int? programmeYear = 2024, int? plannedQuarter = 2) =>
        client.PostJsonAsync($"{Root}/works", WorkBody(code, peerReview, programmeYear, plannedQuarter)).ExpectAsync(HttpStatusCode.Created);

    public static async Task<JsonNode> ActAsync(this HttpClient client, string path, params string[] actions)
    {
        JsonNode result = new JsonObject();
        foreach (var action in actions)
        {
            result = await client.PostJsonAsync($"{Root}/{path}/{action}", null).ExpectAsync(HttpStatusCode.OK);
        }

        return result;
    }

    public static async Task<JsonNode> ClearAllAsync(this HttpClient client, string workId)
    {
        JsonNode work = new JsonObject();
        foreach (var kind in new[] { "designations", "maps", "legal", "dataVerification", "style" })
        {
            var body = kind == "maps" ? (object)new { status = "notApplicable", note = "No maps." } : new { status = "passed" };
            work = await client.SendJsonAsync(HttpMethod.Put, $"{Root}/works/{workId}/clearances/{kind}", System.Text.Json.JsonSerializer.Serialize(body)).ExpectAsync(HttpStatusCode.OK);
        }

        return work;
    }

    /// <summary>A work with no peer review taken from proposal to publication.</summary>
    public static async Task<JsonNode> PublishedWorkAsync(this HttpClient client, string code, int? programmeYear = 2024, int? plannedQuarter = 2) =>
        await client.PublishAsync(await client.CreateWorkAsync(code, "none", programmeYear, plannedQuarter));

    /// <summary>A work of no peer review, proposed with <paramref name="body"/> (see <see cref="WorkBody"/>), taken to publication.</summary>
    public static async Task<JsonNode> PublishedWorkAsync(this HttpClient client, object body) =>
        await client.PublishAsync(await client.PostJsonAsync($"{Root}/works", body).ExpectAsync(HttpStatusCode.Created));

    private static async Task<JsonNode> PublishAsync(this HttpClient client, JsonNode work)
    {
        await client.ActAsync($"works/{work.Id()}", "approve", "start-preparation", "send-to-copy-editing", "send-to-layout", "send-to-clearance", "schedule");
        await client.ClearAllAsync(work.Id());
        return await client.ActAsync($"works/{work.Id()}", "publish");
    }

    public static Task<JsonNode> AddManifestationAsync(this HttpClient client, string workId, string language, string format = "pdf", string? isbn = null, string? doi = null, string? translationOf = null) =>
        client.PostJsonAsync($"{Root}/works/{workId}/manifestations", new { language, format, isbn, doi, translationOf }).ExpectAsync(HttpStatusCode.Created);
}
