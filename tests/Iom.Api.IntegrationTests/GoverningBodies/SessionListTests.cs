using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>Keyset pagination, filters and sorting, on a body no other fixture writes to (ministerial conferences).</summary>
public sealed class SessionListTests(string provider) : ApiTest(provider)
{
    private const string Sessions = Http.GoverningBodies + "/sessions";
    private readonly List<(int Number, string Start)> _seeded = [];

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        string[] starts = ["2023-05-02", "2024-03-10", "2024-03-10", "2024-09-01", "2025-01-20", "2023-12-31", "2024-03-10"];
        foreach (var start in starts)
        {
            var number = Unique();
            await Client.ScheduleSessionAsync(number, start, start, "ministerialConference", "ministerialConference");
            _seeded.Add((number, start));
        }
    }

    [Test]
    public async Task WalkingEveryPage_ReturnsEachSessionOnce_InStartDateOrder()
    {
        var seen = await WalkAsync($"{Sessions}?body=ministerialConference&from=2020-01-01&limit=2");
        var expected = _seeded.OrderBy(s => s.Start, StringComparer.Ordinal).Select(s => s.Start);
        Assert.That(seen.Select(s => s.Str("startDate")), Is.EqualTo(expected));
        Assert.That(seen.Select(s => s.Id()), Is.Unique);
    }

    [Test]
    public async Task Sort_Descending_ByNumberThenStart()
    {
        var seen = await WalkAsync($"{Sessions}?body=ministerialConference&from=2020-01-01&limit=3&sort=-startDate,number");
        var expected = _seeded.OrderByDescending(s => s.Start, StringComparer.Ordinal).ThenBy(s => s.Number).Select(s => s.Number);
        Assert.That(seen.Select(s => (int)s["number"]!), Is.EqualTo(expected));
    }

    [Test]
    public async Task Filters_ByYearAndRange()
    {
        var in2024 = await WalkAsync($"{Sessions}?body=ministerialConference&year=2024");
        var range = await WalkAsync($"{Sessions}?body=ministerialConference&from=2023-12-31&to=2024-03-10");
        Assert.That(in2024.Count, Is.EqualTo(_seeded.Count(s => s.Start.StartsWith("2024", StringComparison.Ordinal))));
        Assert.That(range.Count, Is.EqualTo(4));
    }

    [Test]
    public async Task Filter_ByFreeText()
    {
        var number = _seeded[3].Number;
        var found = await WalkAsync($"{Sessions}?body=ministerialConference&q=Sesi%C3%B3n%20{number}");
        Assert.That(found.Select(s => (int)s["number"]!), Is.EqualTo(new[] { number }));
    }

    [Test]
    public async Task FilterValuesAreData_NotSql()
    {
        var found = await WalkAsync($"{Sessions}?q=%27%20OR%201%3D1%20--");
        Assert.That(found, Is.Empty);
        await Client.GetAsync($"{Sessions}?body=%27%20OR%201%3D1%20--").ExpectFieldErrorsAsync("body");
    }

    [Test]
    public async Task Inserting_BetweenPages_DoesNotRepeatOrSkip()
    {
        // Its own window (from 2010) so that the session it inserts stays out of the other tests' window (from 2020).
        var url = $"{Sessions}?body=ministerialConference&from=2010-01-01&limit=3";
        var first = await Client.GetAsync(url).ExpectAsync(HttpStatusCode.OK);
        await Client.ScheduleSessionAsync(Unique(), "2010-06-01", "2010-06-01", "ministerialConference", "ministerialConference");
        var rest = await WalkAsync(url, first.Str("nextCursor"));
        var firstIds = first["items"]!.AsArray().Select(s => s!.Id()).ToList();
        Assert.That(firstIds.Count + rest.Count, Is.EqualTo(_seeded.Count), "the earlier insert sorts before the cursor, so the walk neither repeats nor grows");
        Assert.That(rest.Select(s => s.Id()), Has.None.AnyOf(firstIds));
    }

    [TestCase("noticeSent")]
    [TestCase("NoticeSent")]
    [TestCase("noticesent")]
    public async Task Filter_ByStatus_TakesTheNameInAnyCase(string status)
    {
        var page = await Client.GetAsync($"{Sessions}?body=ministerialConference&status={status}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(page["items"]!.AsArray(), Is.Empty);
        var planned = await WalkAsync($"{Sessions}?body=ministerialConference&from=2020-01-01&status=planned&kind=ministerialConference");
        Assert.That(planned, Has.Count.EqualTo(_seeded.Count));
    }

    [TestCase("status=1", "status")]
    [TestCase("status=open", "status")]
    [TestCase("kind=plenary", "kind")]
    [TestCase("sort=venue", "sort")]
    [TestCase("sort=number,number", "sort")]
    [TestCase("limit=0", "limit")]
    [TestCase("limit=201", "limit")]
    [TestCase("cursor=not-a-cursor", "cursor")]
    [TestCase("from=2024-05-01&to=2024-01-01", "to")]
    public async Task BadPagingOrFilter_Is400NamingTheParameter(string query, string field) =>
        await Client.GetAsync($"{Sessions}?{query}").ExpectFieldErrorsAsync(field);

    [Test]
    public async Task CursorFromAnotherSort_Is400()
    {
        var page = await Client.GetAsync($"{Sessions}?body=ministerialConference&limit=1").ExpectAsync(HttpStatusCode.OK);
        await Client.GetAsync($"{Sessions}?body=ministerialConference&limit=1&sort=-number&cursor={Uri.EscapeDataString(page.Str("nextCursor"))}")
            .ExpectFieldErrorsAsync("cursor");
    }

    private async Task<List<JsonNode>> WalkAsync(string url, string? cursor = null)
    {
        var all = new List<JsonNode>();
        for (var guard = 0; guard < 50; guard++)
        {
            var page = await Client.GetAsync(cursor is null ? url : $"{url}&cursor={Uri.EscapeDataString(cursor)}").ExpectAsync(HttpStatusCode.OK);
            all.AddRange(page["items"]!.AsArray().Select(i => i!));
            cursor = page["nextCursor"]?.GetValue<string>();
            if (cursor is null)
            {
                return all;
            }
        }

        throw new AssertionException("The list never ended.");
    }
}
