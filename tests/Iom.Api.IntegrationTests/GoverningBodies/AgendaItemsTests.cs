using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

public sealed class AgendaItemsTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task Agenda_ListsItemsInAgendaOrder_WithTheirParents()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        foreach (var number in new[] { "10", "9", "2", "9(b)", "9(a)", "9(a)(ii)", "9(a)(i)" })
        {
            await Client.AddAgendaItemAsync(session.Id(), number);
        }

        var page = await Client.GetAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/agenda-items").ExpectAsync(HttpStatusCode.OK);
        var items = page["items"]!.AsArray();
        Assert.That(items.Select(i => i!.Str("number")), Is.EqualTo(new[] { "2", "9", "9(a)", "9(a)(i)", "9(a)(ii)", "9(b)", "10" }));
        Assert.That(items.Single(i => i!.Str("number") == "9(a)(ii)")!.Str("parentNumber"), Is.EqualTo("9(a)"));
    }

    [Test]
    public async Task SubItem_WithoutItsParent_Is400()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var problem = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/agenda-items", new { number = "4(a)", title = new { en = "x" } })
            .ExpectFieldErrorsAsync("number");
        Assert.That(problem["errors"]!["number"]![0]!.GetValue<string>(), Does.Contain("Item 4"));
    }

    [Test]
    public async Task DuplicateNumber_Is409()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.AddAgendaItemAsync(session.Id(), "1");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/agenda-items", new { number = "1", title = new { en = "x" } })
            .ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [TestCase("9a")]
    [TestCase("")]
    [TestCase("0")]
    public async Task BadNumber_Is400(string number)
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/agenda-items", new { number, title = new { en = "x" } })
            .ExpectFieldErrorsAsync("number");
    }

    [Test]
    public async Task UnknownSession_Is404() =>
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{Guid.NewGuid()}/agenda-items", new { number = "1", title = new { en = "x" } })
            .ExpectProblemAsync(HttpStatusCode.NotFound);

    [Test]
    public async Task ClosedSession_TakesNoNewItems()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.MoveSessionAsync(session.Id(), "send-notice", "open", "close");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/agenda-items", new { number = "1", title = new { en = "x" } })
            .ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Item_MovesProposedAdoptedConcluded_AndRefusesTheRest()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var item = await Client.AddAgendaItemAsync(session.Id(), "1");
        var url = $"{Http.GoverningBodies}/agenda-items/{item.Id()}";
        await Client.PostJsonAsync($"{url}/conclude", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        await Client.OpenAndElectChairAsync(session.Id());
        Assert.That((await Client.PostJsonAsync($"{url}/adopt", null).ExpectAsync(HttpStatusCode.OK)).Str("status"), Is.EqualTo("adopted"));
        Assert.That((await Client.PostJsonAsync($"{url}/conclude", null).ExpectAsync(HttpStatusCode.OK)).Str("status"), Is.EqualTo("concluded"));
        var problem = await Client.PostJsonAsync($"{url}/withdraw", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("currentState"), Is.EqualTo("concluded"));
    }

    [TestCase("defer", "deferred")]
    [TestCase("withdraw", "withdrawn")]
    public async Task Item_CanBeDeferredOrWithdrawn(string action, string status)
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var item = await Client.AddAgendaItemAsync(session.Id(), "1");
        var moved = await Client.PostJsonAsync($"{Http.GoverningBodies}/agenda-items/{item.Id()}/{action}", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(moved.Str("status"), Is.EqualTo(status));
        Assert.That(moved["allowedActions"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Item_StaleIfMatch_Is412() 
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var item = await Client.AddAgendaItemAsync(session.Id(), "1");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/agenda-items/{item.Id()}/adopt", null, "\"7\"").ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task UnknownItem_Is404() =>
        await Client.GetAsync($"{Http.GoverningBodies}/agenda-items/{Guid.NewGuid()}").ExpectProblemAsync(HttpStatusCode.NotFound);
}
