using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>A session opens on its dates; going ahead of them takes a reason, kept in its history.</summary>
public sealed class SessionDatesTests(string provider) : ApiTest(provider)
{
    private const string Sessions = $"{Http.GoverningBodies}/sessions";

    [Test]
    public async Task OpeningBeforeTheFirstDay_Is409_UnlessTheCallerSaysWhy()
    {
        Clock.Set(new DateTimeOffset(2024, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var session = await Client.ScheduleSessionAsync(Unique(), start: "2024-11-26", end: "2024-11-28", body: "scpf");
        var path = $"{Sessions}/{session.Id()}";
        await Client.PostJsonAsync($"{path}/send-notice", null).ExpectAsync(HttpStatusCode.OK);

        var early = await Client.PostJsonAsync($"{path}/open", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Multiple(() =>
        {
            Assert.That(early.Str("code"), Is.EqualTo("contradicts-session-dates"));
            Assert.That(early.Str("detail"), Does.Contain("2024-11-26").And.Contain("2024-11-20"));
        });
        await Client.PostJsonAsync($"{path}/open", new { reason = " " }).ExpectProblemAsync(HttpStatusCode.Conflict);
        await Client.PostJsonAsync($"{path}/open", new { reason = new string('x', 501) }).ExpectFieldErrorsAsync("reason");

        var opened = await Client.PostJsonAsync($"{path}/open", new { reason = "Opened early: the venue is needed on the 26th" }).ExpectAsync(HttpStatusCode.OK);
        Assert.That(opened.Str("status"), Is.EqualTo("inSession"));
        var history = await Client.GetAsync($"{path}/history").ExpectAsync(HttpStatusCode.OK);
        var open = history["items"]!.AsArray().Last()!;
        Assert.Multiple(() =>
        {
            Assert.That(open.Str("action"), Is.EqualTo("open"));
            Assert.That(open["changes"]!.AsArray().Single(c => c!.Str("field") == "reason")!.Str("new"), Is.EqualTo("Opened early: the venue is needed on the 26th"));
        });
    }

    [Test]
    public async Task OnItsDates_ASessionOpensClosesAndHasItsReportAdopted_WithNoReason()
    {
        Clock.Set(new DateTimeOffset(2024, 10, 1, 9, 0, 0, TimeSpan.Zero));
        var session = await Client.ScheduleSessionAsync(Unique(), start: "2024-11-26", end: "2024-11-28", body: "scpf");
        var path = $"{Sessions}/{session.Id()}";
        await Client.PostJsonAsync($"{path}/send-notice", null).ExpectAsync(HttpStatusCode.OK);
        Clock.Set(new DateTimeOffset(2024, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await Client.PostJsonAsync($"{path}/open", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PostJsonAsync($"{path}/close", null).ExpectAsync(HttpStatusCode.OK);

        var report = await Client.PostJsonAsync($"{path}/adopt-report", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(report.Str("detail"), Does.Contain("ends on 2024-11-28"));
        Clock.Set(new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero));
        var adopted = await Client.PostJsonAsync($"{path}/adopt-report", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(adopted.Str("status"), Is.EqualTo("reportAdopted"));
    }
}
