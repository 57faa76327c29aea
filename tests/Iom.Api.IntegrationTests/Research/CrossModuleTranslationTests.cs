using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;
using Iom.Contracts;
using Iom.Contracts.GoverningBodies;
using Iom.Contracts.Research;
using Iom.SharedKernel.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Api.IntegrationTests.Research;

/// <summary>
/// The first flow between modules: research approves a translation, Governing Bodies' translation service opens a job,
/// delivering the job marks the language version done. Only the event records of Iom.Contracts pass between them.
/// </summary>
public sealed class CrossModuleTranslationTests(string provider) : ApiTest(provider)
{
    private static readonly ConcurrentQueue<IIntegrationEvent> Seen = new();

    private HttpClient _both = null!;

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IIntegrationEventSubscriber<PublicationTranslationApproved>, Recorder>();
        services.AddScoped<IIntegrationEventSubscriber<PublicationTranslationProgressed>, Recorder>();
    }

    [OneTimeSetUp]
    public void CreateClient() => _both = ClientWith([.. TestTokens.GoverningBodiesAll, .. TestTokens.ResearchAll], subject: "publications-officer");

    [OneTimeTearDown]
    public void DisposeClient() => _both.Dispose();

    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task ApprovingATranslation_OpensAJobInGoverningBodies_AndDeliveringItMarksTheVersionDone_Once()
    {
        var code = $"PUB2024/{Unique():000}/TR";
        var work = await _both.CreateWorkAsync(code);
        await _both.ActAsync($"works/{work.Id()}", "approve");
        var english = await _both.AddManifestationAsync(work.Id(), "en");
        var french = await _both.AddManifestationAsync(work.Id(), "fr", translationOf: english.Id());

        var approved = await _both.PostJsonAsync($"{ResearchApi.Root}/manifestations/{french.Id()}/approve-translation", new { dueOn = "2024-07-15", wordCount = 42000 })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.That(approved.Str("translationStatus"), Is.EqualTo("approved"));

        var job = await JobForAsync(french.Id());
        Assert.Multiple(() =>
        {
            Assert.That(job["documentId"], Is.Null);
            Assert.That(job["publication"]!.Str("code"), Is.EqualTo(code));
            Assert.That(job["publication"]!.Str("workId"), Is.EqualTo(work.Id()));
            Assert.That(job["publication"]!.Str("title"), Does.StartWith("Migration and Climate"));
            Assert.That(job.Str("sourceLanguage"), Is.EqualTo("en"));
            Assert.That(job.Str("targetLanguage"), Is.EqualTo("fr"));
            Assert.That(job.Str("dueOn"), Is.EqualTo("2024-07-15"));
            Assert.That((int)job["wordCount"]!, Is.EqualTo(42000));
        });
        await EventuallyVersion(french.Id(), m => m["translationJobId"]?.GetValue<string>() == job.Id(), "the version knows its job");

        await _both.PostJsonAsync($"{Http.GoverningBodies}/translation-jobs/{job.Id()}/start", null).ExpectAsync(HttpStatusCode.OK);
        await EventuallyVersion(french.Id(), m => m.Str("translationStatus") == "inTranslation", "in translation");
        await _both.PostJsonAsync($"{Http.GoverningBodies}/translation-jobs/{job.Id()}/deliver", null).ExpectAsync(HttpStatusCode.OK);
        var done = await EventuallyVersion(french.Id(), m => m.Str("translationStatus") == "done", "the translation done");

        // Redeliver both events as the outbox would after a lost acknowledgement: nothing changes on either side.
        await RedeliverAsync<PublicationTranslationApproved>(e => e.ManifestationId.ToString() == french.Id());
        await RedeliverAsync<PublicationTranslationProgressed>(e => e.ManifestationId.ToString() == french.Id() && e.Status == "delivered");
        var after = await _both.GetAsync($"{ResearchApi.Root}/manifestations/{french.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That((int)after["version"]!, Is.EqualTo((int)done["version"]!), "the redelivered delivery changed nothing");
        var backlog = await _both.GetAsync($"{Http.GoverningBodies}/translation-jobs/backlog?limit=200").ExpectAsync(HttpStatusCode.OK);
        Assert.That(backlog["items"]!.AsArray().Where(j => j!["publication"]?["manifestationId"]?.GetValue<string>() == french.Id()), Is.Empty, "no second job opened");

        var history = await _both.GetAsync($"{ResearchApi.Root}/manifestations/{french.Id()}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")),
            Is.EqualTo(new[] { "create", "approve-translation", "translation-requested", "translation-inProgress", "translation-delivered" }));
    }

    [Test]
    public async Task ACancelledJob_LetsTheTranslationBeApprovedAgain()
    {
        var work = await _both.CreateWorkAsync($"PUB2024/{Unique():000}/TC");
        await _both.ActAsync($"works/{work.Id()}", "approve");
        var english = await _both.AddManifestationAsync(work.Id(), "en");
        var spanish = await _both.AddManifestationAsync(work.Id(), "es", format: "epub", translationOf: english.Id());
        await _both.PostJsonAsync($"{ResearchApi.Root}/manifestations/{spanish.Id()}/approve-translation", new { dueOn = "2024-07-01" }).ExpectAsync(HttpStatusCode.OK);
        var twice = await _both.PostJsonAsync($"{ResearchApi.Root}/manifestations/{spanish.Id()}/approve-translation", new { dueOn = "2024-07-01" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(twice.Str("currentState"), Is.EqualTo("approved"));

        var job = await JobForAsync(spanish.Id());
        await _both.PostJsonAsync($"{Http.GoverningBodies}/translation-jobs/{job.Id()}/cancel", null).ExpectAsync(HttpStatusCode.OK);
        await EventuallyVersion(spanish.Id(), m => m.Str("translationStatus") == "cancelled", "cancelled");
        await _both.PostJsonAsync($"{ResearchApi.Root}/manifestations/{spanish.Id()}/approve-translation", new { dueOn = "2024-07-20" }).ExpectAsync(HttpStatusCode.OK);
        var second = await JobForAsync(spanish.Id());
        Assert.That(second.Id(), Is.Not.EqualTo(job.Id()));
        Assert.That(second.Str("dueOn"), Is.EqualTo("2024-07-20"));
    }

    private async Task<JsonNode> JobForAsync(string manifestationId)
    {
        JsonNode? job = null;
        await Eventually(async () =>
        {
            var backlog = await _both.GetAsync($"{Http.GoverningBodies}/translation-jobs/backlog?limit=200").ExpectAsync(HttpStatusCode.OK);
            job = backlog["items"]!.AsArray().FirstOrDefault(j => j!["publication"]?["manifestationId"]?.GetValue<string>() == manifestationId);
            return job is not null;
        }, "the translation job in the Governing Bodies backlog");
        return await _both.GetAsync($"{Http.GoverningBodies}/translation-jobs/{job!.Id()}").ExpectAsync(HttpStatusCode.OK);
    }

    private async Task<JsonNode> EventuallyVersion(string manifestationId, Func<JsonNode, bool> condition, string what)
    {
        JsonNode manifestation = new JsonObject();
        await Eventually(async () =>
        {
            manifestation = await _both.GetAsync($"{ResearchApi.Root}/manifestations/{manifestationId}").ExpectAsync(HttpStatusCode.OK);
            return condition(manifestation);
        }, what);
        return manifestation;
    }

    private async Task RedeliverAsync<TEvent>(Func<TEvent, bool> which)
        where TEvent : IIntegrationEvent
    {
        // Through the dispatcher's own delivery: each subscriber in its scope and write session, as the outbox runs it.
        var integrationEvent = Seen.OfType<TEvent>().Single(which);
        await Factory.Services.GetRequiredService<IntegrationEventDelivery>().DeliverAsync(integrationEvent, CancellationToken.None);
    }

    private sealed class Recorder : IIntegrationEventSubscriber<PublicationTranslationApproved>, IIntegrationEventSubscriber<PublicationTranslationProgressed>
    {
        public Task HandleAsync(PublicationTranslationApproved integrationEvent, CancellationToken cancellationToken)
        {
            Seen.Enqueue(integrationEvent);
            return Task.CompletedTask;
        }

        public Task HandleAsync(PublicationTranslationProgressed integrationEvent, CancellationToken cancellationToken)
        {
            Seen.Enqueue(integrationEvent);
            return Task.CompletedTask;
        }
    }
}
