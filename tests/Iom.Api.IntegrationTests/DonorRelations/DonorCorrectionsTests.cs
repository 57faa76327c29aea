using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.DonorRelations;

/// <summary>Staff correct what they typed about donors, and remove one added by mistake while nothing refers to it.</summary>
public sealed class DonorCorrectionsTests(string provider) : ApiTest(provider)
{
    private const string Donors = $"{FundingFixture.Root}/donors";
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void CreateClient() => _client = ClientWith(TestTokens.DonorRelationsAll, subject: "drd-officer");

    /// <summary>After the pledges the tests record: a release or pledge is never in the future.</summary>
    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task ATypoInADonorsName_IsCorrected_AndAudited()
    {
        var donor = await CreateAsync($"GOV-T{Unique()}");
        using var response = await _client.PatchJsonAsync($"{Donors}/{donor}", """{"name":"Federal Republic of Germany","country":null,"status":"inactive"}""", "\"1\"");
        var patched = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), patched.ToJsonString());
            Assert.That(response.ETag(), Is.EqualTo("\"2\""));
            Assert.That(patched.Str("name"), Is.EqualTo("Federal Republic of Germany"));
            Assert.That(patched["country"], Is.Null);
            Assert.That(patched.Str("status"), Is.EqualTo("inactive"));
            Assert.That(patched["focalPoints"]!.AsArray(), Has.Count.EqualTo(1), "what the patch does not name stays");
        });

        var history = await _client.GetAsync($"{Donors}/{donor}/history").ExpectAsync(HttpStatusCode.OK);
        var update = history["items"]!.AsArray().Last()!;
        Assert.That(update.Str("action"), Is.EqualTo("update"));
        Assert.That(update["changes"]!.AsArray().Select(c => c!.Str("field")), Is.EquivalentTo(new[] { "name", "country", "status" }));
    }

    [Test]
    public async Task APatchThatBreaksARule_Is400_AndTheCodeDoesNotChange()
    {
        var donor = await CreateAsync($"GOV-R{Unique()}");
        await _client.PatchJsonAsync($"{Donors}/{donor}", """{"country":"ZZ"}""").ExpectFieldErrorsAsync("country");
        await _client.PatchJsonAsync($"{Donors}/{donor}", """{"name":null}""").ExpectFieldErrorsAsync("name");
        await _client.PatchJsonAsync($"{Donors}/{donor}", """{"code":"OTHER"}""").ExpectFieldErrorsAsync("code");
        var after = await _client.GetAsync($"{Donors}/{donor}").ExpectAsync(HttpStatusCode.OK);
        Assert.That((int)after["version"]!, Is.EqualTo(1));
    }

    [Test]
    public async Task ADonorNothingRefersTo_IsRemoved_WithItsPriorities()
    {
        var donor = await CreateAsync($"GOV-D{Unique()}");
        await _client.SendJsonAsync(HttpMethod.Put, $"{Donors}/{donor}/priorities/2025", """{"modality":"unearmarked"}""").ExpectAsync(HttpStatusCode.OK);
        using (var removed = await _client.DeleteAsync($"{Donors}/{donor}", "\"2\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await removed.Content.ReadAsStringAsync());
        }

        await _client.GetAsync($"{Donors}/{donor}").ExpectProblemAsync(HttpStatusCode.NotFound);
        var history = await _client.GetAsync($"{Donors}/{donor}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Last()!.Str("action"), Is.EqualTo("delete"));
    }

    [Test]
    public async Task ADonorWithAPledge_Is409NamingIt()
    {
        var donor = await CreateAsync($"GOV-P{Unique()}");
        await _client.PostJsonAsync($"{FundingFixture.Root}/pledges", new
        {
            donorId = donor, reference = $"PL-C{Unique()}", amount = 1000, currency = "USD", pledgedOn = "2025-01-15", earmarking = "unearmarked",
        }).ExpectAsync(HttpStatusCode.Created);
        var problem = await _client.DeleteAsync($"{Donors}/{donor}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("detail"), Does.Contain("1 pledge"));
    }

    [Test]
    public async Task ADraftAgreement_IsCorrected_ASignedOneChangesThroughAmendments()
    {
        var donor = await CreateAsync($"GOV-A{Unique()}");
        var agreement = await DraftAgreementAsync(donor);
        var url = $"{FundingFixture.Root}/agreements/{agreement}";
        var patched = await _client.PatchJsonAsync(url, """{"title":"Support to returnees, 2025","endOn":"2026-12-31"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(patched.Str("title"), Is.EqualTo("Support to returnees, 2025"));
        Assert.That(patched["multiYear"]!.GetValue<bool>(), Is.True, "derived fields follow the corrected dates");
        await _client.PatchJsonAsync(url, """{"endOn":"2024-01-01"}""").ExpectFieldErrorsAsync("endOn");
        await _client.PatchJsonAsync(url, """{"amount":1}""").ExpectFieldErrorsAsync("amount");

        await _client.PostJsonAsync($"{url}/sign", null).ExpectAsync(HttpStatusCode.OK);
        var signed = await _client.PatchJsonAsync(url, """{"title":"Other"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(signed.Str("detail"), Does.Contain("amendments"));
        var kept = await _client.DeleteAsync(url, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(kept.Str("detail"), Does.Contain("terminate it instead"));
    }

    [Test]
    public async Task ADraftAgreement_IsRemoved_AndThenItsDonor()
    {
        var donor = await CreateAsync($"GOV-X{Unique()}");
        var agreement = await DraftAgreementAsync(donor);
        await _client.DeleteAsync($"{Donors}/{donor}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        using (var removed = await _client.DeleteAsync($"{FundingFixture.Root}/agreements/{agreement}", "\"1\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using var donorRemoved = await _client.DeleteAsync($"{Donors}/{donor}", "*");
        Assert.That(donorRemoved.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task APledgesDate_IsCorrected_AndAnAnnouncedOneIsRemoved()
    {
        var donor = await CreateAsync($"GOV-G{Unique()}");
        var pledge = (await _client.PostJsonAsync($"{FundingFixture.Root}/pledges", new
        {
            donorId = donor, reference = $"PL-D{Unique()}", amount = 1000, currency = "USD", pledgedOn = "2025-01-15", earmarking = "unearmarked",
        }).ExpectAsync(HttpStatusCode.Created)).Id();
        var url = $"{FundingFixture.Root}/pledges/{pledge}";
        var patched = await _client.PatchJsonAsync(url, """{"pledgedOn":"2025-01-14","earmarking":"softlyEarmarked"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(patched.Str("pledgedOn"), Is.EqualTo("2025-01-14"));
        await _client.PatchJsonAsync(url, """{"amount":5}""").ExpectFieldErrorsAsync("amount");

        using (var removed = await _client.DeleteAsync(url, "\"2\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await removed.Content.ReadAsStringAsync());
        }

        using var donorRemoved = await _client.DeleteAsync($"{Donors}/{donor}", "*");
        Assert.That(donorRemoved.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "nothing refers to the donor any more");
    }

    private async Task<string> DraftAgreementAsync(string donor) =>
        (await _client.PostJsonAsync($"{FundingFixture.Root}/agreements", new
        {
            donorId = donor, reference = $"CA-C{Unique()}", title = "Suport to returnees", amount = 10_000, currency = "USD",
            startOn = "2025-01-01", endOn = "2025-12-31", earmarking = "earmarked",
        }).ExpectAsync(HttpStatusCode.Created)).Id();

    [Test]
    public async Task ADraftAppealsLines_AreCorrected_APublishedOneIsRevised()
    {
        var appeal = await DraftAppealAsync();
        var url = $"{FundingFixture.Root}/appeals/{appeal}";
        var patched = await _client.PatchJsonAsync(url, """{"lines":[{"code":"SO1-KE","objective":"SO1","country":"KE","amount":1200000},{"code":"SO2-NG","objective":"SO2","country":"NG","amount":300000}]}""", "\"1\"")
            .ExpectAsync(HttpStatusCode.OK);
        Assert.That(patched["lines"]!.AsArray().Select(l => l!.Str("code")), Is.EquivalentTo(new[] { "SO1-KE", "SO2-NG" }));
        Assert.That(patched["originalRequirements"]!.GetValue<decimal>(), Is.EqualTo(1_500_000m));
        await _client.PatchJsonAsync(url, """{"lines":[]}""").ExpectFieldErrorsAsync("lines");
        await _client.PatchJsonAsync(url, """{"currency":"EUR"}""").ExpectFieldErrorsAsync("currency");

        await _client.PostJsonAsync($"{url}/publish", null).ExpectAsync(HttpStatusCode.OK);
        var published = await _client.PatchJsonAsync(url, """{"title":{"en":"Other"}}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(published.Str("detail"), Does.Contain("revise"));
    }

    [Test]
    public async Task ADraftAppeal_IsRemoved_UnlessAPledgeNamesIt()
    {
        var unused = await DraftAppealAsync();
        using (var removed = await _client.DeleteAsync($"{FundingFixture.Root}/appeals/{unused}", "\"1\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var pledged = await DraftAppealAsync();
        await _client.PostJsonAsync($"{FundingFixture.Root}/pledges", new
        {
            donorId = await CreateAsync($"GOV-L{Unique()}"), appealId = pledged, reference = $"PL-A{Unique()}", amount = 1000, currency = "USD", pledgedOn = "2025-01-15", earmarking = "unearmarked",
        }).ExpectAsync(HttpStatusCode.Created);
        var problem = await _client.DeleteAsync($"{FundingFixture.Root}/appeals/{pledged}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("detail"), Does.Contain("1 pledge"));
    }

    private async Task<string> DraftAppealAsync() =>
        (await _client.PostJsonAsync($"{FundingFixture.Root}/appeals", new
        {
            code = $"GA-C{Unique()}", type = "globalAppeal", year = 2025, title = new { en = "Global Appeal 2025" }, periodStart = "2025-01-01", periodEnd = "2025-12-31", currency = "USD",
            lines = new[] { new { code = "SO1-KE", objective = "SO1", country = "KE", amount = 1_000_000 } },
        }).ExpectAsync(HttpStatusCode.Created)).Id();

    private async Task<string> CreateAsync(string code) =>
        (await _client.PostJsonAsync(Donors, new
        {
            code, name = "Federal Repubic of Germany", type = "government", country = "DE",
            focalPoints = new[] { new { name = "A. Officer", role = "Desk officer", email = "desk@example.org" } },
        }).ExpectAsync(HttpStatusCode.Created)).Id();
}
