using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Research;

/// <summary>The year's publication programme against what was published, on a year no other fixture touches.</summary>
public sealed class ProgrammeTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task TheProgramme_ComparesPlannedQuartersWithPublication()
    {
        using var research = ClientWith(TestTokens.ResearchAll);
        Clock.Set(new DateTimeOffset(2031, 1, 10, 9, 0, 0, TimeSpan.Zero));
        var onTime = await research.CreateWorkAsync("PRG2031/001", "none", 2031, 1);
        var late = await research.CreateWorkAsync("PRG2031/002", "none", 2031, 1);
        var outstanding = await research.CreateWorkAsync("PRG2031/003", "none", 2031, 3);
        var unplanned = await research.CreateWorkAsync("PRG2031/004", "none", 2030, 4);

        foreach (var (work, day) in new[] { (onTime, new DateTimeOffset(2031, 3, 31, 12, 0, 0, TimeSpan.Zero)), (late, new DateTimeOffset(2031, 4, 1, 12, 0, 0, TimeSpan.Zero)), (unplanned, new DateTimeOffset(2031, 2, 2, 12, 0, 0, TimeSpan.Zero)) })
        {
            await research.ActAsync($"works/{work.Id()}", "approve", "start-preparation", "send-to-copy-editing", "send-to-layout", "send-to-clearance", "schedule");
            await research.ClearAllAsync(work.Id());
            Clock.Set(day);
            await research.ActAsync($"works/{work.Id()}", "publish");
        }

        var programme = await research.GetAsync($"{ResearchApi.Root}/programme/2031").ExpectAsync(HttpStatusCode.OK);
        var quarters = programme["quarters"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(quarters[0]!["planned"]!.AsArray().Select(w => w!.Str("publicationCode")), Is.EqualTo(new[] { "PRG2031/001", "PRG2031/002" }));
            Assert.That(quarters[0]!["published"]!.AsArray().Select(w => w!.Str("publicationCode")), Is.EqualTo(new[] { "PRG2031/001", "PRG2031/004" }));
            Assert.That(quarters[1]!["published"]!.AsArray().Select(w => w!.Str("publicationCode")), Is.EqualTo(new[] { "PRG2031/002" }));
            Assert.That(quarters[2]!["planned"]!.AsArray().Select(w => w!.Id()), Is.EqualTo(new[] { outstanding.Id() }));
            var totals = programme["totals"]!;
            Assert.That((int)totals["planned"]!, Is.EqualTo(3));
            Assert.That((int)totals["publishedOnTime"]!, Is.EqualTo(1));
            Assert.That((int)totals["publishedLate"]!, Is.EqualTo(1));
            Assert.That((int)totals["outstanding"]!, Is.EqualTo(1));
            Assert.That((int)totals["publishedUnplanned"]!, Is.EqualTo(1));
        });
        await research.GetAsync($"{ResearchApi.Root}/programme/1999").ExpectFieldErrorsAsync("year");
    }
}
