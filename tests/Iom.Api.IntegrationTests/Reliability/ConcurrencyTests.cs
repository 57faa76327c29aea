using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Reliability;

public sealed class ConcurrencyTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task TwentyConcurrentPatches_WithTheSameETag_OneWins_NineteenAre412_AndTheWinnerStays()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var url = $"{Http.GoverningBodies}/sessions/{session.Id()}";
        var venues = Enumerable.Range(1, 20).Select(i => $"Venue {i}").ToList();
        var responses = await Task.WhenAll(venues.Select(v => Client.PatchJsonAsync(url, $$"""{"venue":"{{v}}"}""", "\"1\"")));
        try
        {
            Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
            Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed), Is.EqualTo(19));
            var winner = venues[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
            var final = await Client.GetAsync(url).ExpectAsync(HttpStatusCode.OK);
            Assert.That(final.Str("venue"), Is.EqualTo(winner));
            Assert.That((int)final["version"]!, Is.EqualTo(2));
            var history = await Client.GetAsync($"{url}/history").ExpectAsync(HttpStatusCode.OK);
            Assert.That(history["items"]!.AsArray(), Has.Count.EqualTo(2), "one create, one update: the losers recorded nothing");
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}
