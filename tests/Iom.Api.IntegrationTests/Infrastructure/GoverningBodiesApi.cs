using System.Net;
using System.Text.Json.Nodes;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>Builders for the Governing Bodies resources the tests need as a starting point; each goes through HTTP.</summary>
public static class GoverningBodiesApi
{
    public static object SessionBody(int number, string start = "2024-11-26", string end = "2024-11-28", string body = "council", string kind = "regular") => new
    {
        body,
        kind,
        number,
        title = new { en = $"Session {number}", fr = $"Session {number}", es = $"Sesión {number}" },
        startDate = start,
        endDate = end,
        venue = "Geneva",
        format = "hybrid",
    };

    public static Task<JsonNode> ScheduleSessionAsync(this HttpClient client, int number, string start = "2024-11-26", string end = "2024-11-28", string body = "council", string kind = "regular") =>
        client.PostJsonAsync($"{Http.GoverningBodies}/sessions", SessionBody(number, start, end, body, kind)).ExpectAsync(HttpStatusCode.Created);

    /// <summary>The reason the tests give for moving sessions on whatever today's date: their sessions lie ahead of the test clock.</summary>
    public const string AheadOfItsDates = "A rehearsal of the session's steps ahead of its dates";

    public static async Task<JsonNode> MoveSessionAsync(this HttpClient client, string sessionId, params string[] actions)
    {
        JsonNode session = new JsonObject();
        foreach (var action in actions)
        {
            session = await client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{sessionId}/{action}", new { reason = AheadOfItsDates }).ExpectAsync(HttpStatusCode.OK);
        }

        return session;
    }

    /// <summary>Opens the session and elects its Chair: the Council adopts its agenda only after electing its officers.</summary>
    public static async Task<JsonNode> OpenAndElectChairAsync(this HttpClient client, string sessionId, string name = "H.E. Ms A. Chair", string country = "CHE")
    {
        await client.MoveSessionAsync(sessionId, "send-notice", "open");
        return await client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{sessionId}/officers", new { role = "chair", name, country })
            .ExpectAsync(HttpStatusCode.Created);
    }

    public static Task<JsonNode> AddAgendaItemAsync(this HttpClient client, string sessionId, string number) =>
        client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{sessionId}/agenda-items", new { number, title = new { en = $"Item {number}" } })
            .ExpectAsync(HttpStatusCode.Created);

    public static Task<JsonNode> RegisterDocumentAsync(
        this HttpClient client, string symbol, string originalLanguage = "en", string type = "report", string distribution = "general",
        string? sessionId = null, string[]? languages = null, string[]? agendaItemIds = null) =>
        client.PostJsonAsync($"{Http.GoverningBodies}/documents", new
        {
            symbol,
            type,
            distribution,
            originalLanguage,
            title = new { en = $"Document {symbol}" },
            sessionId,
            languages,
            agendaItemIds,
        }).ExpectAsync(HttpStatusCode.Created);

    /// <summary>
    /// A document through its first steps: registered, its original's file uploaded, submitted and edited, so that its
    /// original is final and it can be translated from and issued.
    /// </summary>
    public static async Task<JsonNode> RegisterEditedDocumentAsync(
        this HttpClient client, string symbol, string originalLanguage = "en", string type = "report", string distribution = "general",
        string? sessionId = null, string[]? languages = null, string[]? agendaItemIds = null)
    {
        var document = await client.RegisterDocumentAsync(symbol, originalLanguage, type, distribution, sessionId, languages, agendaItemIds);
        await client.UploadFileAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/{originalLanguage}/file", DocumentFileRequests.PdfLike(2048, symbol.Length));
        return await client.EditAsync(document.Id());
    }

    /// <summary>Submits a draft whose original's file is there, and finishes its editing.</summary>
    public static async Task<JsonNode> EditAsync(this HttpClient client, string documentId)
    {
        var url = $"{Http.GoverningBodies}/documents/{documentId}";
        await client.PostJsonAsync($"{url}/submit", null).ExpectAsync(HttpStatusCode.OK);
        return await client.PostJsonAsync($"{url}/finish-editing", null).ExpectAsync(HttpStatusCode.OK);
    }

    /// <summary>Starts and delivers a translation job, then finishes its revision: the language version is final.</summary>
    public static async Task<JsonNode> TranslateAsync(this HttpClient client, JsonNode job)
    {
        var url = $"{Http.GoverningBodies}/translation-jobs/{job.Id()}";
        await client.PostJsonAsync($"{url}/start", null).ExpectAsync(HttpStatusCode.OK);
        var delivered = await client.PostJsonAsync($"{url}/deliver", null).ExpectAsync(HttpStatusCode.OK);
        return await client.PostJsonAsync(
            $"{Http.GoverningBodies}/documents/{delivered.Str("documentId")}/languages/{delivered.Str("targetLanguage")}/finalize", null).ExpectAsync(HttpStatusCode.OK);
    }

    public static string Id(this JsonNode node) => node["id"]!.GetValue<string>();

    public static string Str(this JsonNode node, string name) => node[name]!.GetValue<string>();
}
