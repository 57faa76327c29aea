using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

public sealed class SessionsTests(string provider) : ApiTest(provider)
{
    private const string Sessions = Http.GoverningBodies + "/sessions";

    [Test]
    public async Task Schedule_Answers201WithLocationETagAndTheSession()
    {
        var number = Unique();
        using var response = await Client.PostJsonAsync(Sessions, GoverningBodiesApi.SessionBody(number, "2024-11-26", "2024-11-28"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var session = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/api/v1/governing-bodies/sessions/{session.Id()}"));
            Assert.That(response.ETag(), Is.EqualTo("\"1\""));
            Assert.That(session.Str("status"), Is.EqualTo("planned"));
            Assert.That(session.Str("symbolPrefix"), Is.EqualTo($"C/{number}"));
            Assert.That(session["title"]!.Str("es"), Is.EqualTo($"Sesión {number}"));
            Assert.That((int)session["version"]!, Is.EqualTo(1));
            Assert.That(session.Str("createdAt"), Does.EndWith("Z"));
            Assert.That(session["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EquivalentTo(new[] { "send-notice", "cancel" }));
        });
        var fetched = await Client.GetAsync(response.Headers.Location).ExpectAsync(HttpStatusCode.OK);
        Assert.That(fetched.ToJsonString(), Is.EqualTo(session.ToJsonString()));
    }

    [TestCase("council", "regular", "2024-11-26", 30, "2024-10-27")]
    [TestCase("council", "special", "2024-11-26", 15, "2024-11-11")]
    [TestCase("scpf", "regular", "2024-06-12", 14, "2024-05-29")]
    [TestCase("scpf", "special", "2024-06-12", 14, "2024-05-29")]
    public async Task Schedule_ComputesTheNoticeDeadlineFromTheRules(string body, string kind, string start, int days, string deadline)
    {
        var session = await Client.ScheduleSessionAsync(Unique(), start, start, body, kind);
        Assert.That((int)session["notice"]!["requiredDays"]!, Is.EqualTo(days));
        Assert.That(session["notice"]!.Str("deadline"), Is.EqualTo(deadline));
    }

    [Test]
    public async Task Schedule_IdmHasNoNoticeRuleAndNoDefaultPrefix()
    {
        var session = await Client.ScheduleSessionAsync(Unique(), body: "idm", kind: "idm");
        Assert.That(session["notice"]!["deadline"], Is.Null);
        Assert.That(session["symbolPrefix"], Is.Null);
    }

    [Test]
    public async Task SendNotice_AfterTheDeadline_SaysItWasLate()
    {
        Clock.Set(new DateTimeOffset(2024, 11, 1, 10, 0, 0, TimeSpan.Zero));
        var late = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        Assert.That((bool)late["notice"]!["overdue"]!, Is.True, "planned, deadline 27 Oct passed, not sent");
        var sent = await Client.MoveSessionAsync(late.Id(), "send-notice");
        Assert.Multiple(() =>
        {
            Assert.That((bool)sent["notice"]!["sentLate"]!, Is.True);
            Assert.That((bool)sent["notice"]!["overdue"]!, Is.False);
            Assert.That(sent["notice"]!.Str("sentAt"), Is.EqualTo("2024-11-01T10:00:00Z"));
        });

        Clock.Set(new DateTimeOffset(2024, 10, 1, 10, 0, 0, TimeSpan.Zero));
        var onTime = await Client.MoveSessionAsync((await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28")).Id(), "send-notice");
        Assert.That((bool)onTime["notice"]!["sentLate"]!, Is.False);
    }

    [Test]
    public async Task Schedule_Validation_NamesEveryBadField()
    {
        var problem = await Client.PostJsonAsync(Sessions, new { body = "council", number = 0, title = new { }, startDate = "2024-11-26", endDate = "2024-11-01", venue = "" })
            .ExpectFieldErrorsAsync("kind", "number", "title", "endDate", "venue", "format");
        Assert.That(problem["errors"]!["endDate"]![0]!.GetValue<string>(), Does.Contain("before startDate"));
    }

    [Test]
    public async Task Schedule_UnknownBody_Is400OnBody() =>
        await Client.PostJsonAsync(Sessions, GoverningBodiesApi.SessionBody(Unique(), body: "security-council")).ExpectFieldErrorsAsync("body");

    [Test]
    public async Task Schedule_KindTheBodyDoesNotHold_Is400OnKind() =>
        await Client.PostJsonAsync(Sessions, GoverningBodiesApi.SessionBody(Unique(), body: "idm", kind: "special")).ExpectFieldErrorsAsync("kind");

    [Test]
    public async Task Schedule_PrefixThatContradictsTheBody_Is400()
    {
        var number = Unique();
        var body = new { body = "council", kind = "regular", number, symbolPrefix = "S/34", title = new { en = "x" }, startDate = "2024-11-26", endDate = "2024-11-28", venue = "Geneva", format = "hybrid" };
        await Client.PostJsonAsync(Sessions, body).ExpectFieldErrorsAsync("symbolPrefix");
    }

    [Test]
    public async Task Schedule_SameBodyKindAndNumberTwice_Is409AndWritesNothing()
    {
        var number = Unique();
        await Client.ScheduleSessionAsync(number);
        var problem = await Client.PostJsonAsync(Sessions, GoverningBodiesApi.SessionBody(number)).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("duplicate"));
        var page = await Client.GetAsync($"{Sessions}?body=council&limit=200").ExpectAsync(HttpStatusCode.OK);
        Assert.That(page["items"]!.AsArray().Count(s => (int)s!["number"]! == number), Is.EqualTo(1));
    }

    [Test]
    public async Task Get_UnknownId_Is404() =>
        await Client.GetAsync($"{Sessions}/{Guid.NewGuid()}").ExpectProblemAsync(HttpStatusCode.NotFound);

    [Test]
    public async Task Get_WithTheCurrentETag_Is304()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        using var first = await Client.GetAsync($"{Sessions}/{session.Id()}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Sessions}/{session.Id()}");
        request.Headers.IfNoneMatch(first.ETag());
        using var second = await Client.SendAsync(request);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task FullLifecycle_FollowsTheStatusMachine_AndBumpsTheVersion()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var statuses = new List<string>();
        foreach (var action in new[] { "send-notice", "open", "close", "adopt-report" })
        {
            var moved = await Client.MoveSessionAsync(session.Id(), action);
            statuses.Add(moved.Str("status"));
        }

        Assert.That(statuses, Is.EqualTo(new[] { "noticeSent", "inSession", "closed", "reportAdopted" }));
        var final = await Client.GetAsync($"{Sessions}/{session.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That((int)final["version"]!, Is.EqualTo(5));
        Assert.That(final["allowedActions"]!.AsArray(), Is.Empty);
    }

    [TestCase(new string[0], "open", "planned")]
    [TestCase(new string[0], "close", "planned")]
    [TestCase(new string[0], "adopt-report", "planned")]
    [TestCase(new[] { "send-notice" }, "send-notice", "noticeSent")]
    [TestCase(new[] { "send-notice", "open" }, "cancel", "inSession")]
    [TestCase(new[] { "send-notice", "open", "close" }, "open", "closed")]
    [TestCase(new[] { "cancel" }, "send-notice", "cancelled")]
    public async Task InvalidTransition_Is409WithTheStateAndAllowedActions_AndChangesNothing(string[] before, string action, string state)
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.MoveSessionAsync(session.Id(), before);
        var problem = await Client.PostJsonAsync($"{Sessions}/{session.Id()}/{action}", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Multiple(() =>
        {
            Assert.That(problem.Str("code"), Is.EqualTo("invalid-transition"));
            Assert.That(problem.Str("currentState"), Is.EqualTo(state));
            Assert.That(problem["allowedActions"], Is.Not.Null);
        });
        var after = await Client.GetAsync($"{Sessions}/{session.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That((int)after["version"]!, Is.EqualTo(1 + before.Length));
    }

    [Test]
    public async Task Action_OnUnknownSession_Is404() =>
        await Client.PostJsonAsync($"{Sessions}/{Guid.NewGuid()}/open", null).ExpectProblemAsync(HttpStatusCode.NotFound);

    [Test]
    public async Task Action_WithStaleIfMatch_Is412AndChangesNothing()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.MoveSessionAsync(session.Id(), "send-notice");
        await Client.PostJsonAsync($"{Sessions}/{session.Id()}/open", new { reason = GoverningBodiesApi.AheadOfItsDates }, ifMatch: "\"1\"").ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        var after = await Client.GetAsync($"{Sessions}/{session.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(after.Str("status"), Is.EqualTo("noticeSent"));
        await Client.PostJsonAsync($"{Sessions}/{session.Id()}/open", new { reason = GoverningBodiesApi.AheadOfItsDates }, ifMatch: "\"2\"").ExpectAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Patch_MergesTheFields_RecomputesTheDeadline_AndAnswersTheNewETag()
    {
        var session = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        using var response = await Client.PatchJsonAsync(
            $"{Sessions}/{session.Id()}", """{"title":{"fr":"Cent-quinzième session"},"startDate":"2024-12-02","endDate":"2024-12-04","theme":{"en":"Climate"}}""", "\"1\"");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var patched = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.ETag(), Is.EqualTo("\"2\""));
            Assert.That(patched["title"]!.Str("fr"), Is.EqualTo("Cent-quinzième session"));
            Assert.That(patched["title"]!.Str("en"), Is.EqualTo(session["title"]!.Str("en")), "merge keeps what the patch does not name");
            Assert.That(patched["theme"]!.Str("en"), Is.EqualTo("Climate"));
            Assert.That(patched["notice"]!.Str("deadline"), Is.EqualTo("2024-11-02"));
            Assert.That(patched.Str("venue"), Is.EqualTo("Geneva"));
        });

        var removed = await Client.PatchJsonAsync($"{Sessions}/{session.Id()}", """{"theme":null}""").ExpectAsync(HttpStatusCode.OK);
        Assert.That(removed["theme"], Is.Null);
    }

    [Test]
    public async Task Patch_WithStaleIfMatch_Is412AndChangesNothing()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.PatchJsonAsync($"{Sessions}/{session.Id()}", """{"venue":"New York"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        var problem = await Client.PatchJsonAsync($"{Sessions}/{session.Id()}", """{"venue":"Bangkok"}""", "\"1\"").ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That((int)problem["currentVersion"]!, Is.EqualTo(2));
        var after = await Client.GetAsync($"{Sessions}/{session.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(after.Str("venue"), Is.EqualTo("New York"));
    }

    [Test]
    public async Task Patch_IdentityFields_AreRejected() =>
        await Client.PatchJsonAsync($"{Sessions}/{(await Client.ScheduleSessionAsync(Unique())).Id()}", """{"number":999}""").ExpectFieldErrorsAsync("number");

    [Test]
    public async Task Patch_ThatBreaksARule_Is400AndChangesNothing()
    {
        var session = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        await Client.PatchJsonAsync($"{Sessions}/{session.Id()}", """{"endDate":"2024-11-01"}""").ExpectFieldErrorsAsync("endDate");
        await Client.PatchJsonAsync($"{Sessions}/{session.Id()}", """{"title":null}""").ExpectFieldErrorsAsync("title");
        await Client.PatchJsonAsync($"{Sessions}/{session.Id()}", """[1,2]""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        var after = await Client.GetAsync($"{Sessions}/{session.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That((int)after["version"]!, Is.EqualTo(1));
    }

    [Test]
    public async Task Patch_AClosedSession_Is409()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.MoveSessionAsync(session.Id(), "send-notice", "open", "close");
        var problem = await Client.PatchJsonAsync($"{Sessions}/{session.Id()}", """{"venue":"Rome"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("not-editable"));
    }

    [Test]
    public async Task Patch_UnknownSession_Is404() =>
        await Client.PatchJsonAsync($"{Sessions}/{Guid.NewGuid()}", """{"venue":"Rome"}""").ExpectProblemAsync(HttpStatusCode.NotFound);
}
