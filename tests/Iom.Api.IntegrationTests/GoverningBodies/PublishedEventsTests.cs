using System.Collections.Concurrent;
using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;
using Iom.Contracts;
using Iom.Contracts.GoverningBodies;
using Iom.SharedKernel.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>
/// What Governing Bodies publishes for other modules, received by a subscriber as Media and Communications will receive
/// it: a session scheduled, a session moved, a resolution adopted; and nothing for a change the event is not about.
/// </summary>
public sealed class PublishedEventsTests(string provider) : ApiTest(provider)
{
    private static readonly ConcurrentQueue<IIntegrationEvent> Received = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IIntegrationEventSubscriber<SessionScheduled>, Recorder<SessionScheduled>>();
        services.AddScoped<IIntegrationEventSubscriber<SessionRescheduled>, Recorder<SessionRescheduled>>();
        services.AddScoped<IIntegrationEventSubscriber<ResolutionAdopted>, Recorder<ResolutionAdopted>>();
    }

    [Test]
    public async Task SchedulingAndMovingASession_ArePublished_ButRetitlingItIsNot()
    {
        var session = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        var id = Guid.Parse(session.Id());
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/sessions/{id}", """{"title":{"en":"Retitled"}}""").ExpectAsync(HttpStatusCode.OK);
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/sessions/{id}", """{"startDate":"2024-11-25","venue":"Geneva, CICG"}""").ExpectAsync(HttpStatusCode.OK);

        var scheduled = await ReceivedAsync<SessionScheduled>(e => e.SessionId == id);
        var moved = await ReceivedAsync<SessionRescheduled>(e => e.SessionId == id);
        Assert.Multiple(() =>
        {
            Assert.That(scheduled.Body, Is.EqualTo("council"));
            Assert.That(scheduled.SymbolPrefix, Is.EqualTo(session.Str("symbolPrefix")));
            Assert.That(scheduled.StartDate, Is.EqualTo(new DateOnly(2024, 11, 26)));
            Assert.That(moved.PreviousStartDate, Is.EqualTo(new DateOnly(2024, 11, 26)));
            Assert.That(moved.StartDate, Is.EqualTo(new DateOnly(2024, 11, 25)));
            Assert.That(moved.PreviousVenue, Is.EqualTo("Geneva"));
            Assert.That(moved.Venue, Is.EqualTo("Geneva, CICG"));
            Assert.That(Received.OfType<SessionRescheduled>().Count(e => e.SessionId == id), Is.EqualTo(1), "the new title moved nothing");
        });
    }

    [Test]
    public async Task AResolution_IsPublishedAsAdopted_WithItsSymbolAndTitles()
    {
        Clock.Set(new DateTimeOffset(2024, 12, 2, 9, 0, 0, TimeSpan.Zero));
        var session = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        await Client.MoveSessionAsync(session.Id(), "send-notice", "open");
        var number = 20000 + Unique();
        var resolution = await Client.PostJsonAsync($"{Http.GoverningBodies}/resolutions", new
        {
            number,
            sessionId = session.Id(),
            title = new { en = "Programme and Budget for 2025", fr = "Programme et Budget pour 2025" },
            adoptedOn = "2024-11-27",
            adoption = new { method = "consensus" },
        }).ExpectAsync(HttpStatusCode.Created);

        var adopted = await ReceivedAsync<ResolutionAdopted>(e => e.ResolutionId == Guid.Parse(resolution.Id()));
        Assert.Multiple(() =>
        {
            Assert.That(adopted.Number, Is.EqualTo(number));
            Assert.That(adopted.Symbol, Is.EqualTo($"{session.Str("symbolPrefix")}/RES/{number}"));
            Assert.That(adopted.TitleFr, Is.EqualTo("Programme et Budget pour 2025"));
            Assert.That(adopted.AdoptedOn, Is.EqualTo(new DateOnly(2024, 11, 27)));
            Assert.That(adopted.AdoptionMethod, Is.EqualTo("consensus"));
            Assert.That(adopted.Body, Is.EqualTo("council"));
        });
    }

    private static async Task<T> ReceivedAsync<T>(Func<T, bool> match)
        where T : IIntegrationEvent
    {
        await Eventually(() => Task.FromResult(Received.OfType<T>().Any(match)), $"a {typeof(T).Name} delivered");
        return Received.OfType<T>().First(match);
    }

    private sealed class Recorder<T> : IIntegrationEventSubscriber<T>
        where T : IIntegrationEvent
    {
        public Task HandleAsync(T integrationEvent, CancellationToken cancellationToken)
        {
            Received.Enqueue(integrationEvent);
            return Task.CompletedTask;
        }
    }
}
