using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Research;

/// <summary>The editorial workflow of a publication: peer review where its model asks for it, clearances before publication.</summary>
public sealed class WorksTests(string provider) : ApiTest(provider)
{
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    private HttpClient _research = null!;

    [OneTimeSetUp]
    public void CreateClient() => _research = ClientWith(TestTokens.ResearchAll, subject: "editor");

    [OneTimeTearDown]
    public void DisposeClient() => _research.Dispose();

    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private string Code() => $"PUB2024/{Unique():000}/EL";

    [Test]
    public async Task APeerReviewedWork_GoesThroughReviewAndClearance_ToPublication()
    {
        var work = await _research.CreateWorkAsync(Code());
        Assert.Multiple(() =>
        {
            Assert.That(work.Str("status"), Is.EqualTo("proposed"));
            Assert.That(work["clearances"]!.AsArray().Select(c => c!.Str("status")), Is.EqualTo(Enumerable.Repeat("pending", 5)));
            Assert.That(work["contributors"]![0]!.Str("orcid"), Is.EqualTo("0000-0002-1825-0097"));
        });
        var path = $"works/{work.Id()}";
        await _research.ActAsync(path, "approve", "start-preparation");

        var skipReview = await _research.PostJsonAsync($"{ResearchApi.Root}/{path}/send-to-copy-editing", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(skipReview.Str("code"), Is.EqualTo("peer-review-required"));
        await _research.ActAsync(path, "submit-for-review");
        var unreviewed = await _research.PostJsonAsync($"{ResearchApi.Root}/{path}/send-to-copy-editing", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(unreviewed.Str("code"), Is.EqualTo("review-incomplete"));

        var round = await _research.PostJsonAsync($"{ResearchApi.Root}/{path}/review-rounds", null).ExpectAsync(HttpStatusCode.Created);
        Assert.That((int)round["number"]!, Is.EqualTo(1));
        var assignment = await _research.PostJsonAsync($"{ResearchApi.Root}/review-rounds/{round.Id()}/assignments", new { reviewer = "Prof. A. Triandafyllidou", dueOn = "2024-03-15" })
            .ExpectAsync(HttpStatusCode.Created);
        await _research.PostJsonAsync($"{ResearchApi.Root}/review-assignments/{assignment.Id()}/submit", new { recommendation = "minor" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        await _research.ActAsync($"review-assignments/{assignment.Id()}", "accept");
        var submitted = await _research.PostJsonAsync($"{ResearchApi.Root}/review-assignments/{assignment.Id()}/submit", new { recommendation = "minor" }).ExpectAsync(HttpStatusCode.OK);
        Assert.That(submitted.Str("recommendation"), Is.EqualTo("minor"));

        await _research.ActAsync(path, "send-to-copy-editing", "send-to-layout", "send-to-clearance", "schedule");
        await _research.SendJsonAsync(HttpMethod.Put, $"{ResearchApi.Root}/{path}/clearances/legal", """{"status":"passed"}""").ExpectAsync(HttpStatusCode.OK);
        await _research.SendJsonAsync(HttpMethod.Put, $"{ResearchApi.Root}/{path}/clearances/maps", """{"status":"failed","note":"Boundary on map 3"}""").ExpectAsync(HttpStatusCode.OK);

        var blocked = await _research.PostJsonAsync($"{ResearchApi.Root}/{path}/publish", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Multiple(() =>
        {
            Assert.That(blocked.Str("code"), Is.EqualTo("clearance-pending"));
            Assert.That(blocked["missingClearances"]!.AsArray().Select(k => k!.GetValue<string>()), Is.EquivalentTo(new[] { "designations", "maps", "dataVerification", "style" }));
            Assert.That(blocked.Str("detail"), Does.Contain("maps"));
        });

        await _research.ClearAllAsync(work.Id());
        Clock.Set(new DateTimeOffset(2024, 5, 20, 9, 0, 0, TimeSpan.Zero));
        var published = await _research.ActAsync(path, "publish");
        Assert.Multiple(() =>
        {
            Assert.That(published.Str("status"), Is.EqualTo("published"));
            Assert.That(published.Str("publishedOn"), Is.EqualTo("2024-05-20"));
            Assert.That(published["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EquivalentTo(new[] { "correct", "publish-new-edition", "withdraw" }));
        });
        var closed = await _research.SendJsonAsync(HttpMethod.Put, $"{ResearchApi.Root}/{path}/clearances/style", """{"status":"failed","note":"late"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(closed.Str("code"), Is.EqualTo("clearance-closed"));
        Assert.That((await _research.ActAsync(path, "correct", "withdraw")).Str("status"), Is.EqualTo("withdrawn"));
    }

    [Test]
    public async Task AWorkWithoutPeerReview_CannotBeSubmittedForReview_AndGoesStraightToCopyEditing()
    {
        var work = await _research.CreateWorkAsync(Code(), peerReview: "none");
        await _research.ActAsync($"works/{work.Id()}", "approve", "start-preparation");
        var problem = await _research.PostJsonAsync($"{ResearchApi.Root}/works/{work.Id()}/submit-for-review", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("no-peer-review"));
        Assert.That((await _research.ActAsync($"works/{work.Id()}", "send-to-copy-editing")).Str("status"), Is.EqualTo("copyEditing"));
    }

    [TestCase("publish")]
    [TestCase("schedule")]
    [TestCase("withdraw")]
    public async Task ActionsOutOfTurn_Are409(string action)
    {
        var work = await _research.CreateWorkAsync(Code());
        var problem = await _research.PostJsonAsync($"{ResearchApi.Root}/works/{work.Id()}/{action}", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("invalid-transition"));
        Assert.That(problem["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EquivalentTo(new[] { "approve", "reject" }));
    }

    [Test]
    public async Task ReviewsOwedPastTheirDate_AreListedAsOverdue()
    {
        var work = await _research.CreateWorkAsync(Code());
        await _research.ActAsync($"works/{work.Id()}", "approve", "start-preparation", "submit-for-review");
        var round = await _research.PostJsonAsync($"{ResearchApi.Root}/works/{work.Id()}/review-rounds", null).ExpectAsync(HttpStatusCode.Created);
        var late = await _research.PostJsonAsync($"{ResearchApi.Root}/review-rounds/{round.Id()}/assignments", new { reviewer = "Late Reviewer", dueOn = "2024-03-10" }).ExpectAsync(HttpStatusCode.Created);
        var declined = await _research.PostJsonAsync($"{ResearchApi.Root}/review-rounds/{round.Id()}/assignments", new { reviewer = "Busy Reviewer", dueOn = "2024-03-10" }).ExpectAsync(HttpStatusCode.Created);
        await _research.PostJsonAsync($"{ResearchApi.Root}/review-rounds/{round.Id()}/assignments", new { reviewer = "Late Reviewer", dueOn = "2024-03-10" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        await _research.ActAsync($"review-assignments/{declined.Id()}", "decline");

        Clock.Set(new DateTimeOffset(2024, 3, 14, 9, 0, 0, TimeSpan.Zero));
        var overdue = await _research.GetAsync($"{ResearchApi.Root}/review-assignments?overdue=true&workId={work.Id()}").ExpectAsync(HttpStatusCode.OK);
        var items = overdue["items"]!.AsArray();
        Assert.That(items.Select(i => i!.Id()), Is.EqualTo(new[] { late.Id() }), "the declined review is not owed");
        Assert.That((int)items[0]!["daysOverdue"]!, Is.EqualTo(4));

        var rounds = await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/review-rounds").ExpectAsync(HttpStatusCode.OK);
        Assert.That(rounds["items"]![0]!["assignments"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task ANewReviewRound_WaitsForTheOpenOnesReviews_AndEveryRoundIsAudited()
    {
        var work = await _research.CreateWorkAsync(Code());
        await _research.ActAsync($"works/{work.Id()}", "approve", "start-preparation", "submit-for-review");
        var rounds = $"{ResearchApi.Root}/works/{work.Id()}/review-rounds";
        var first = await _research.PostJsonAsync(rounds, null).ExpectAsync(HttpStatusCode.Created);
        var empty = await _research.PostJsonAsync(rounds, null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(empty.Str("code"), Is.EqualTo("review-round-open"));

        var owed = await _research.PostJsonAsync($"{ResearchApi.Root}/review-rounds/{first.Id()}/assignments", new { reviewer = "Dr. B. Reviewer", dueOn = "2024-03-15" })
            .ExpectAsync(HttpStatusCode.Created);
        var waiting = await _research.PostJsonAsync(rounds, null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(waiting.Str("detail"), Does.Contain("1 review(s)"));

        await _research.ActAsync($"review-assignments/{owed.Id()}", "accept");
        await _research.PostJsonAsync($"{ResearchApi.Root}/review-assignments/{owed.Id()}/submit", new { recommendation = "minor" }).ExpectAsync(HttpStatusCode.OK);
        var second = await _research.PostJsonAsync(rounds, null).ExpectAsync(HttpStatusCode.Created);
        Assert.That((int)second["number"]!, Is.EqualTo(2));

        var listed = await _research.GetAsync(rounds).ExpectAsync(HttpStatusCode.OK);
        Assert.That(listed["items"]!.AsArray().Select(r => r!.Str("status")), Is.EqualTo(new[] { "closed", "open" }));
        foreach (var round in new[] { first, second })
        {
            var history = await _research.GetAsync($"{ResearchApi.Root}/review-rounds/{round.Id()}/history").ExpectAsync(HttpStatusCode.OK);
            Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(round == first ? new[] { "create", "close" } : new[] { "create" }));
        }
    }

    [Test]
    public async Task BadWorks_Are400NamingTheField_IncludingAWrongOrcidCheckCharacter()
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ResearchApi.WorkBody(Code()), WebJson))!;
        body["contributors"]![0]!["orcid"] = "0000-0002-1825-0098";
        body["countries"] = new JsonArray("K3");
        body["gcmObjectives"] = new JsonArray(0);
        body["plannedQuarter"] = 5;
        body["originalLanguage"] = "english";
        await _research.PostJsonAsync($"{ResearchApi.Root}/works", body.ToJsonString())
            .ExpectFieldErrorsAsync("contributors[0].orcid", "countries[0]", "gcmObjectives[0]", "plannedQuarter", "originalLanguage");
    }

    [Test]
    public async Task DuplicateCodesAndUnknownSeries_AreRefused()
    {
        var code = Code();
        await _research.CreateWorkAsync(code);
        var duplicate = await _research.PostJsonAsync($"{ResearchApi.Root}/works", ResearchApi.WorkBody(code)).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(duplicate.Str("code"), Is.EqualTo("duplicate"));
        await _research.PostJsonAsync($"{ResearchApi.Root}/works", ResearchApi.WorkBody(Code(), seriesId: Guid.NewGuid().ToString())).ExpectFieldErrorsAsync("seriesId");
        await _research.PostJsonAsync($"{ResearchApi.Root}/works", ResearchApi.WorkBody(Code(), seriesId: ResearchApi.MigrationResearchSeries, seriesNumber: $"{Unique()}")).ExpectAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task Series_CarryAValidatedIssn()
    {
        var series = await _research.GetAsync($"{ResearchApi.Root}/series").ExpectAsync(HttpStatusCode.OK);
        Assert.That(series["items"]!.AsArray().Single(s => s!.Str("code") == "MRS")!.Str("issn"), Is.EqualTo("1607-338X"));
        await _research.PostJsonAsync($"{ResearchApi.Root}/series", new { code = $"S{Unique()}", name = new { en = "Briefs" }, issn = "1607-3381" }).ExpectFieldErrorsAsync("issn");
        var created = await _research.PostJsonAsync($"{ResearchApi.Root}/series", new { code = $"S{Unique()}", name = new { en = "Briefs" }, issn = "2227 5320" }).ExpectAsync(HttpStatusCode.Created);
        Assert.That(created.Str("issn"), Is.EqualTo("2227-5320"));
        var duplicate = await _research.PostJsonAsync($"{ResearchApi.Root}/series", new { code = $"S{Unique()}", name = new { en = "Other" }, issn = "1607-338x" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(duplicate.Str("detail"), Does.Contain("1607-338X"));
    }

    [Test]
    public async Task Works_AreListedByCode_AndFilteredByStatusAndLanguage()
    {
        var prefix = $"LIST{Unique()}";
        var a = await _research.CreateWorkAsync($"{prefix}/A");
        var b = await _research.CreateWorkAsync($"{prefix}/B");
        await _research.ActAsync($"works/{b.Id()}", "approve");
        var original = await _research.AddManifestationAsync(b.Id(), "en");
        await _research.AddManifestationAsync(b.Id(), "fr", translationOf: original.Id());

        var all = await _research.GetAsync($"{ResearchApi.Root}/works?q={prefix}&limit=1").ExpectAsync(HttpStatusCode.OK);
        Assert.That(all["items"]![0]!.Id(), Is.EqualTo(a.Id()));
        var next = await _research.GetAsync($"{ResearchApi.Root}/works?q={prefix}&limit=1&cursor={all.Str("nextCursor")}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(next["items"]![0]!.Id(), Is.EqualTo(b.Id()));
        var french = await _research.GetAsync($"{ResearchApi.Root}/works?q={prefix}&language=fr").ExpectAsync(HttpStatusCode.OK);
        Assert.That(french["items"]!.AsArray().Select(w => w!.Id()), Is.EqualTo(new[] { b.Id() }));
        var approved = await _research.GetAsync($"{ResearchApi.Root}/works?q={prefix}&status=approvedForProgramme").ExpectAsync(HttpStatusCode.OK);
        Assert.That(approved["items"]!.AsArray().Select(w => w!.Id()), Is.EqualTo(new[] { b.Id() }));
    }

    [Test]
    public async Task UnknownWorksRoundsAndAssignments_Are404()
    {
        await _research.GetAsync($"{ResearchApi.Root}/works/{Guid.NewGuid()}").ExpectProblemAsync(HttpStatusCode.NotFound);
        await _research.PostJsonAsync($"{ResearchApi.Root}/works/{Guid.NewGuid()}/review-rounds", null).ExpectProblemAsync(HttpStatusCode.NotFound);
        await _research.PostJsonAsync($"{ResearchApi.Root}/review-rounds/{Guid.NewGuid()}/assignments", new { reviewer = "X", dueOn = "2030-01-01" }).ExpectProblemAsync(HttpStatusCode.NotFound);
        await _research.PostJsonAsync($"{ResearchApi.Root}/review-assignments/{Guid.NewGuid()}/accept", null).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
