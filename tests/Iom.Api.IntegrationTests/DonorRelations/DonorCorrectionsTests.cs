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
        await _client.PatchJsonAsync($"{Donors}/{donor}", """{"country":"DEU"}""").ExpectFieldErrorsAsync("country");
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

    private async Task<string> CreateAsync(string code) =>
        (await _client.PostJsonAsync(Donors, new
        {
            code, name = "Federal Repubic of Germany", type = "government", country = "DE",
            focalPoints = new[] { new { name = "A. Officer", role = "Desk officer", email = "desk@example.org" } },
        }).ExpectAsync(HttpStatusCode.Created)).Id();
}
