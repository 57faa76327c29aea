using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>A session scheduled by mistake can be removed while it is planned and nothing refers to it.</summary>
public sealed class SessionRemovalTests(string provider) : ApiTest(provider)
{
    private const string Sessions = $"{Http.GoverningBodies}/sessions";

    [Test]
    public async Task APlannedSession_IsRemoved_AndItsHistoryStaysReadable()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var url = $"{Sessions}/{session.Id()}";
        await Client.DeleteAsync(url, ifMatch: null).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
        await Client.DeleteAsync(url, ifMatch: "\"7\"").ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        using (var removed = await Client.DeleteAsync(url, ifMatch: "\"1\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        await Client.GetAsync(url).ExpectProblemAsync(HttpStatusCode.NotFound);
        var history = await Client.GetAsync($"{url}/history").ExpectAsync(HttpStatusCode.OK);
        var actions = history["items"]!.AsArray().Select(e => e!.Str("action")).ToList();
        Assert.That(actions, Is.EqualTo(new[] { "create", "delete" }));
        var deletion = history["items"]![1]!["changes"]!.AsArray();
        Assert.That(deletion.Single(c => c!.Str("field") == "venue")!["old"]!.GetValue<string>(), Is.EqualTo("Geneva"));
    }

    [Test]
    public async Task ASessionWithAnAgendaItem_Is409NamingIt()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.AddAgendaItemAsync(session.Id(), "1");
        var problem = await Client.DeleteAsync($"{Sessions}/{session.Id()}", ifMatch: "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("still-referenced"));
        Assert.That(problem.Str("detail"), Does.Contain("1 agenda item"));
    }

    [Test]
    public async Task ASessionWhoseNoticeWasSent_Is409()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.MoveSessionAsync(session.Id(), "send-notice");
        var problem = await Client.DeleteAsync($"{Sessions}/{session.Id()}", ifMatch: "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("detail"), Does.Contain("cancel it instead"));
    }

    [Test]
    public async Task APatchWithoutIfMatch_Is428AndChangesNothing()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.PatchJsonAsync($"{Sessions}/{session.Id()}", """{"venue":"Rome"}""", ifMatch: null).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
        var after = await Client.GetAsync($"{Sessions}/{session.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(after.Str("venue"), Is.EqualTo("Geneva"));
    }
}
