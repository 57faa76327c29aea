using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>The Secretariat corrects agenda item titles and removes items proposed by mistake.</summary>
public sealed class AgendaItemCorrectionsTests(string provider) : ApiTest(provider)
{
    private const string Items = $"{Http.GoverningBodies}/agenda-items";

    [Test]
    public async Task ATitle_IsCorrected_UntilTheItemIsConcluded()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var item = await Client.AddAgendaItemAsync(session.Id(), "4");
        var url = $"{Items}/{item.Id()}";
        var patched = await Client.PatchJsonAsync(url, """{"title":{"en":"Adoption of the agenda","es":"Aprobación del orden del día"}}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(patched["title"]!.Str("es"), Is.EqualTo("Aprobación del orden del día"));
        await Client.PatchJsonAsync(url, """{"number":"5"}""").ExpectFieldErrorsAsync("number");

        await Client.OpenAndElectChairAsync(session.Id());
        await Client.PostJsonAsync($"{url}/adopt", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PostJsonAsync($"{url}/conclude", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PatchJsonAsync(url, """{"title":{"en":"Other"}}""").ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task AProposedItem_IsRemoved_AParentOrAnAdoptedOneIsNot()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var parent = await Client.AddAgendaItemAsync(session.Id(), "9");
        var child = await Client.AddAgendaItemAsync(session.Id(), "9(a)");
        var refused = await Client.DeleteAsync($"{Items}/{parent.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.Str("detail"), Does.Contain("1 sub-item"));

        using (var removed = await Client.DeleteAsync($"{Items}/{child.Id()}", "\"1\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var agenda = await Client.GetAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/agenda-items").ExpectAsync(HttpStatusCode.OK);
        Assert.That(agenda["items"]!.AsArray().Select(i => i!.Str("number")), Is.EqualTo(new[] { "9" }));
        await Client.OpenAndElectChairAsync(session.Id());
        await Client.PostJsonAsync($"{Items}/{parent.Id()}/adopt", null).ExpectAsync(HttpStatusCode.OK);
        var adopted = await Client.DeleteAsync($"{Items}/{parent.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(adopted.Str("detail"), Does.Contain("withdraw or defer it instead"));
    }
}
