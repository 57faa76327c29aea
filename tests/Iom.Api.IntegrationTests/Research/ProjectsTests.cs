using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Research;

public sealed class ProjectsTests(string provider) : ApiTest(provider)
{
    private HttpClient _research = null!;

    [OneTimeSetUp]
    public void CreateClient() => _research = ClientWith(TestTokens.ResearchAll, subject: "researcher");

    [OneTimeTearDown]
    public void DisposeClient() => _research.Dispose();

    private static object ProjectBody(bool ethics = true, string lead = "M. McAuliffe") => new
    {
        title = new { en = "Climate mobility in the Sahel", fr = "Mobilité climatique au Sahel" },
        lead,
        team = new[] { "A. Kitimbo" },
        partners = new[] { "University of Dakar" },
        funders = new[] { "Government of Switzerland" },
        startDate = "2025-01-01",
        endDate = "2026-12-31",
        methods = "Household survey and key-informant interviews",
        ethicsReviewRequired = ethics,
        outputs = new[] { "Working paper" },
        gcmObjectives = new[] { 2, 23, 2 },
    };

    [Test]
    public async Task AProjectWithHumanParticipants_IsApprovedOnlyAfterItsEthicsReview_ThenRunsToCompletion()
    {
        var project = await _research.PostJsonAsync($"{ResearchApi.Root}/projects", ProjectBody()).ExpectAsync(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(project.Str("status"), Is.EqualTo("proposed"));
            Assert.That(project["ethicsReview"]!.Str("status"), Is.EqualTo("pending"));
            Assert.That(project["gcmObjectives"]!.AsArray().Select(o => (int)o!), Is.EqualTo(new[] { 2, 23 }), "deduplicated and ordered");
            Assert.That(project.Str("createdBy"), Is.EqualTo("researcher"));
            Assert.That(project["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Does.Not.Contain("approve"), "approval waits for the ethics review");
        });

        var blocked = await _research.PostJsonAsync($"{ResearchApi.Root}/projects/{project.Id()}/approve", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(blocked.Str("code"), Is.EqualTo("ethics-review-pending"));

        var reviewed = await _research.PostJsonAsync($"{ResearchApi.Root}/projects/{project.Id()}/ethics-review", new { status = "approved", reference = "IOM-ERB-2025-014" }).ExpectAsync(HttpStatusCode.OK);
        Assert.That(reviewed["ethicsReview"]!.Str("reference"), Is.EqualTo("IOM-ERB-2025-014"));
        Assert.That(reviewed["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Does.Contain("approve"));
        var done = await _research.ActAsync($"projects/{project.Id()}", "approve", "start", "suspend", "resume", "complete");
        Assert.Multiple(() =>
        {
            Assert.That(done.Str("status"), Is.EqualTo("completed"));
            Assert.That(done["allowedActions"]!.AsArray(), Is.Empty);
        });

        var history = await _research.GetAsync($"{ResearchApi.Root}/projects/{project.Id()}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")),
            Is.EqualTo(new[] { "create", "record-ethics-review", "approve", "start", "suspend", "resume", "complete" }));
    }

    [Test]
    public async Task InvalidTransitions_Are409WithTheAllowedActions()
    {
        var project = await _research.PostJsonAsync($"{ResearchApi.Root}/projects", ProjectBody(ethics: false)).ExpectAsync(HttpStatusCode.Created);
        var problem = await _research.PostJsonAsync($"{ResearchApi.Root}/projects/{project.Id()}/complete", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Multiple(() =>
        {
            Assert.That(problem.Str("currentState"), Is.EqualTo("proposed"));
            Assert.That(problem["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EquivalentTo(new[] { "approve", "cancel" }));
        });
        var noReview = await _research.PostJsonAsync($"{ResearchApi.Root}/projects/{project.Id()}/ethics-review", new { status = "approved", reference = "X" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(noReview.Str("code"), Is.EqualTo("ethics-review-not-required"));
        await _research.ActAsync($"projects/{project.Id()}", "approve", "cancel");
        await _research.PostJsonAsync($"{ResearchApi.Root}/projects/{project.Id()}/start", null).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task BadProjects_Are400NamingTheField()
    {
        await _research.PostJsonAsync($"{ResearchApi.Root}/projects", new { title = new { en = "x" }, lead = "L", startDate = "2025-02-01", endDate = "2025-01-01", gcmObjectives = new[] { 24 } })
            .ExpectFieldErrorsAsync("endDate", "gcmObjectives[0]");
        await _research.PostJsonAsync($"{ResearchApi.Root}/projects", new { title = new { en = "x" } }).ExpectFieldErrorsAsync("lead");
        var project = await _research.PostJsonAsync($"{ResearchApi.Root}/projects", ProjectBody()).ExpectAsync(HttpStatusCode.Created);
        await _research.PostJsonAsync($"{ResearchApi.Root}/projects/{project.Id()}/ethics-review", new { status = "pending", reference = "X" }).ExpectFieldErrorsAsync("status");
    }

    [Test]
    public async Task Projects_AreListedNewestFirst_AndFilteredByStatusAndText()
    {
        var lead = $"Lead {Unique()}";
        var first = await _research.PostJsonAsync($"{ResearchApi.Root}/projects", ProjectBody(ethics: false, lead: lead)).ExpectAsync(HttpStatusCode.Created);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await _research.PostJsonAsync($"{ResearchApi.Root}/projects", ProjectBody(ethics: false, lead: lead)).ExpectAsync(HttpStatusCode.Created);
        await _research.ActAsync($"projects/{first.Id()}", "approve");
        var all = await _research.GetAsync($"{ResearchApi.Root}/projects?q={Uri.EscapeDataString(lead)}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(all["items"]!.AsArray().Select(p => p!.Id()), Is.EqualTo(new[] { second.Id(), first.Id() }));
        var approved = await _research.GetAsync($"{ResearchApi.Root}/projects?status=approved&q={Uri.EscapeDataString(lead)}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(approved["items"]!.AsArray().Select(p => p!.Id()), Is.EqualTo(new[] { first.Id() }));
        await _research.GetAsync($"{ResearchApi.Root}/projects?status=finished").ExpectFieldErrorsAsync("status");
    }

    [Test]
    public async Task AnUnknownProject_Is404()
    {
        await _research.GetAsync($"{ResearchApi.Root}/projects/{Guid.NewGuid()}").ExpectProblemAsync(HttpStatusCode.NotFound);
        await _research.PostJsonAsync($"{ResearchApi.Root}/projects/{Guid.NewGuid()}/approve", null).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
