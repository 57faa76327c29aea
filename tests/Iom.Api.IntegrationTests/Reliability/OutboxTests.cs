using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;
using Iom.Contracts.GoverningBodies;
using Iom.SharedKernel.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Api.IntegrationTests.Reliability;

/// <summary>
/// Issuing a document in one language publishes DocumentLanguageIssued through the outbox; the module's translation
/// planning opens the missing official-language jobs. A test subscriber registered after the planner can fail on purpose:
/// once (the planner ran, the event was not acknowledged, so it comes again) or always (the event is parked).
/// </summary>
public sealed class OutboxTests(string provider) : ApiTest(provider)
{
    private const int FailOnce = 901;
    private const int FailAlways = 902;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Outbox:MaxAttempts"] = "3",
        ["Outbox:MaxBackoffSeconds"] = "2",
    };

    private static readonly ConcurrentDictionary<Guid, int> Deliveries = new();
    private static readonly ConcurrentQueue<string> Order = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IIntegrationEventSubscriber<DocumentLanguageIssued>, FaultySubscriber>();

    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2024, 10, 1, 8, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task IssuingALanguage_PlansTranslationsIntoThePendingOfficialLanguages()
    {
        var n = Unique();
        await Client.ScheduleSessionAsync(n, "2024-11-26", "2024-11-28");
        var document = await Client.RegisterEditedDocumentAsync($"C/{n}/2", languages: ["en", "fr", "es", "ar"]);
        var issued = await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(Language(issued, "en").Str("status"), Is.EqualTo("issued"));
        Assert.That(Language(issued, "en")["issuedAt"], Is.Not.Null);

        var jobs = await JobsForAsync(document.Id(), expected: 2);
        Assert.Multiple(() =>
        {
            Assert.That(jobs.Select(j => j.Str("targetLanguage")), Is.EquivalentTo(new[] { "fr", "es" }), "official languages only; ar stays requested");
            Assert.That(jobs.Select(j => j.Str("sourceLanguage")), Is.All.EqualTo("en"));
            Assert.That(jobs.Select(j => j.Str("dueOn")), Is.All.EqualTo("2024-11-19"), "a week before the session opens");
            Assert.That(jobs.Select(j => j.Str("createdBy")), Is.All.EqualTo("system"));
        });
    }

    [Test]
    public async Task ADeliveryThatFailsAfterThePlannerRan_IsRedelivered_AndPlansOnlyOnce()
    {
        var document = await Client.RegisterEditedDocumentAsync($"S/{Unique()}/{FailOnce}");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);

        // First delivery: the planner opened fr and es, then the next subscriber failed, so the event will come again.
        // Cancelling fr before it does means a planner without its processed-events record would open fr a second time.
        var planned = await JobsForAsync(document.Id(), expected: 2, settle: false);
        var french = planned.Single(j => j.Str("targetLanguage") == "fr");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/translation-jobs/{french.Id()}/cancel", null).ExpectAsync(HttpStatusCode.OK);

        var message = await OutboxMessageAsync(document, "delivered");
        Assert.That((int)message["attempts"]!, Is.EqualTo(1), "failed once, then delivered");
        Assert.That(Deliveries[Guid.Parse(message.Str("id"))], Is.EqualTo(2));
        var open = await JobsForAsync(document.Id(), expected: 1);
        Assert.That(open.Select(j => j.Str("targetLanguage")), Is.EqualTo(new[] { "es" }), "the redelivery planned nothing again");
    }

    [Test]
    public async Task AnEventThatKeepsFailing_IsParkedWithItsError_AndCanBeRetried()
    {
        var document = await Client.RegisterEditedDocumentAsync($"S/{Unique()}/{FailAlways}");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);
        var parked = await OutboxMessageAsync(document, "parked");
        Assert.That((int)parked["attempts"]!, Is.EqualTo(3));
        Assert.That(parked.Str("lastError"), Does.Contain("always fails"));

        using var operatorClient = ClientWith(["operations:read", "operations:write"], subject: "operator");
        await operatorClient.PostJsonAsync($"/api/v1/operations/outbox-messages/governing_bodies/{parked.Str("id")}/retry", null).ExpectAsync(HttpStatusCode.NoContent);
        await OutboxMessageAsync(document, "parked", attemptsAtLeast: 3, requeuedFrom: parked.Str("id"));
        await Client.GetAsync("/api/v1/operations/outbox-messages").ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task EventsOfAModule_AreDeliveredInTheOrderTheyHappened()
    {
        var symbols = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/7");
            symbols.Add(document.Str("symbol"));
            await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);
        }

        await Eventually(() => Task.FromResult(symbols.All(Order.Contains)), "every event delivered");
        Assert.That(Order.Where(symbols.Contains), Is.EqualTo(symbols));
    }

    [Test]
    public async Task IssuingALanguageThatIsNotAvailable_Is409_AndAnUnknownOne_Is404()
    {
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/3");
        var problem = await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/fr/issue", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("currentState"), Is.EqualTo("requested"));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/de/issue", null).ExpectProblemAsync(HttpStatusCode.NotFound);
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/issue", null).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    private static JsonNode Language(JsonNode document, string language) =>
        document["languages"]!.AsArray().Single(l => l!.Str("language") == language)!;

    private async Task<List<JsonNode>> JobsForAsync(string documentId, int expected, bool settle = true)
    {
        List<JsonNode> jobs = [];
        await Eventually(async () =>
        {
            var backlog = await Client.GetAsync($"{Http.GoverningBodies}/translation-jobs/backlog?limit=200").ExpectAsync(HttpStatusCode.OK);
            jobs = backlog["items"]!.AsArray().Select(j => j!).Where(j => j.Str("documentId") == documentId).ToList();
            return jobs.Count >= expected;
        }, $"{expected} translation jobs planned");
        if (!settle)
        {
            return jobs;
        }

        await Task.Delay(300);
        var backlogAgain = await Client.GetAsync($"{Http.GoverningBodies}/translation-jobs/backlog?limit=200").ExpectAsync(HttpStatusCode.OK);
        return backlogAgain["items"]!.AsArray().Select(j => j!).Where(j => j.Str("documentId") == documentId).ToList();
    }

    private async Task<JsonNode> OutboxMessageAsync(JsonNode document, string status, int attemptsAtLeast = 0, string? requeuedFrom = null)
    {
        using var operatorClient = ClientWith(["operations:read"], subject: "operator");
        JsonNode? found = null;
        await Eventually(async () =>
        {
            var list = await operatorClient.GetAsync($"/api/v1/operations/outbox-messages?status={status}&limit=200").ExpectAsync(HttpStatusCode.OK);
            found = list["items"]!.AsArray().Select(m => m!).LastOrDefault(m => Deliveries.Keys.Select(k => k.ToString()).Contains(m.Str("id"))
                && SymbolOf(m.Str("id")) == document.Str("symbol") && (requeuedFrom is null || m.Str("id") == requeuedFrom) && (int)m["attempts"]! >= attemptsAtLeast);
            return found is not null;
        }, $"the event of {document.Str("symbol")} {status}");
        return found!;
    }

    private static string? SymbolOf(string eventId) => FaultySubscriber.Symbols.GetValueOrDefault(Guid.Parse(eventId));

    private sealed class FaultySubscriber : IIntegrationEventSubscriber<DocumentLanguageIssued>
    {
        public static readonly ConcurrentDictionary<Guid, string> Symbols = new();

        public Task HandleAsync(DocumentLanguageIssued issued, CancellationToken cancellationToken)
        {
            Symbols[issued.EventId] = issued.Symbol;
            var delivery = Deliveries.AddOrUpdate(issued.EventId, 1, (_, n) => n + 1);
            if (issued.Symbol.EndsWith($"/{FailAlways}", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("This subscriber always fails for this document.");
            }

            if (issued.Symbol.EndsWith($"/{FailOnce}", StringComparison.Ordinal) && delivery == 1)
            {
                throw new InvalidOperationException("Crashed after the planner ran, before the event was acknowledged.");
            }

            Order.Enqueue(issued.Symbol);
            return Task.CompletedTask;
        }
    }
}
