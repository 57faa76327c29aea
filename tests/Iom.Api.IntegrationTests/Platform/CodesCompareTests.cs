using System.Net;
using Iom.Api.IntegrationTests.DonorRelations;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Platform;

/// <summary>
/// Codes and references compare the same way on both engines (ADR 0023): unique ignoring case, found whatever case they
/// are typed in, kept as first typed; a reference with spaces at either end is refused instead of compared differently.
/// </summary>
public sealed class CodesCompareTests(string provider) : ApiTest(provider)
{
    private HttpClient _data = null!;
    private HttpClient _funding = null!;

    [OneTimeSetUp]
    public void CreateClients()
    {
        _data = ClientWith(TestTokens.MigrationDataAll);
        _funding = ClientWith(TestTokens.DonorRelationsAll);
    }

    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));

    [OneTimeTearDown]
    public void DisposeClients()
    {
        _data.Dispose();
        _funding.Dispose();
    }

    [Test]
    public async Task AnIndicatorCode_IsUniqueIgnoringCase_AndFoundInAnyCase()
    {
        var code = $"Stock_Total{Unique()}";
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/indicators", new { code, name = new { en = "Stock" }, unit = "persons" }).ExpectAsync(HttpStatusCode.Created);

        var taken = await _data.PostJsonAsync($"{MigrationDataApi.Root}/indicators", new { code = code.ToUpperInvariant(), name = new { en = "Again" }, unit = "persons" })
            .ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(taken.Str("detail"), Does.Contain(code));

        var found = await _data.GetAsync($"{MigrationDataApi.Root}/indicators/{code.ToLowerInvariant()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(found.Str("code"), Is.EqualTo(code), "kept as first typed");
        var patched = await _data.PatchJsonAsync($"{MigrationDataApi.Root}/indicators/{code.ToUpperInvariant()}", """{"topic":"stocks"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(patched.Str("code"), Is.EqualTo(code));
    }

    [Test]
    public async Task AnEditionsName_IsUniqueInItsDatasetIgnoringCase()
    {
        var (datasetId, _) = await _data.CreateDatasetAsync($"DS-CASE{Unique()}");
        await _data.CreateEditionAsync(datasetId, "Rev-A", "2025-01-15");
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/datasets/{datasetId}/editions", new { edition = "rev-a", releasedOn = "2025-02-15", retrievedOn = "2025-02-15" })
            .ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task APledgeReference_IsUniqueIgnoringCase_AndRefusedWithSpacesAtItsEnds()
    {
        var donor = (await _funding.PostJsonAsync($"{FundingFixture.Root}/donors", new
        {
            code = $"GOV-CASE{Unique()}", name = "Donor", type = "government", country = "DE",
            focalPoints = new[] { new { name = "A. Officer", role = "Desk officer", email = "desk@example.org" } },
        }).ExpectAsync(HttpStatusCode.Created)).Id();
        var reference = $"Pl-Case{Unique()}";
        object Pledge(string r) => new { donorId = donor, reference = r, amount = 1000, currency = "USD", pledgedOn = "2025-01-15", earmarking = "unearmarked" };

        await _funding.PostJsonAsync($"{FundingFixture.Root}/pledges", Pledge(reference)).ExpectAsync(HttpStatusCode.Created);
        await _funding.PostJsonAsync($"{FundingFixture.Root}/pledges", Pledge(reference.ToUpperInvariant())).ExpectProblemAsync(HttpStatusCode.Conflict);
        await _funding.PostJsonAsync($"{FundingFixture.Root}/pledges", Pledge(reference + "-2 ")).ExpectFieldErrorsAsync("reference");
        await _funding.PostJsonAsync($"{FundingFixture.Root}/pledges", Pledge(" " + reference + "-3")).ExpectFieldErrorsAsync("reference");
    }

    [Test]
    public async Task AppealLineCodes_AreUniqueIgnoringCase_AndRevisedInAnyCase()
    {
        object Appeal(params string[] lines) => new
        {
            code = $"GA-CASE{Unique()}", type = "globalAppeal", year = 2025, title = new { en = "Global Appeal 2025" }, periodStart = "2025-01-01", periodEnd = "2025-12-31",
            currency = "USD", lines = lines.Select(l => new { code = l, objective = "SO1", country = "KE", amount = 1_000_000 }).ToArray(),
        };
        await _funding.PostJsonAsync($"{FundingFixture.Root}/appeals", Appeal("so1-ke", "SO1-KE")).ExpectFieldErrorsAsync("lines");

        var appeal = (await _funding.PostJsonAsync($"{FundingFixture.Root}/appeals", Appeal("So1-Ke")).ExpectAsync(HttpStatusCode.Created)).Id();
        await _funding.PostJsonAsync($"{FundingFixture.Root}/appeals/{appeal}/publish", null).ExpectAsync(HttpStatusCode.OK);
        var revised = await _funding.PostJsonAsync($"{FundingFixture.Root}/appeals/{appeal}/revise", new { lines = new[] { new { code = "SO1-KE", amount = 1_200_000 } } })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.That(revised["lines"]!.AsArray().Single()!.Str("code"), Is.EqualTo("So1-Ke"));
    }

    [Test]
    public async Task ABodyCode_IsFoundInAnyCase_AndTheSessionKeepsTheStoredOne()
    {
        var session = await Client.ScheduleSessionAsync(900 + Unique(), body: "Council");
        Assert.That(session.Str("body"), Is.EqualTo("council"));

        var listed = await Client.GetAsync($"{Http.GoverningBodies}/sessions?body=COUNCIL&limit=100").ExpectAsync(HttpStatusCode.OK);
        Assert.That(listed["items"]!.AsArray().Select(s => s!.Str("id")), Does.Contain(session.Id()));
        await Client.GetAsync($"{Http.GoverningBodies}/sessions?body=nobody").ExpectFieldErrorsAsync("body");
    }
}
