using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.DonorRelations;

/// <summary>Staff correct a flow's day, year and flags, and remove a flow recorded by mistake while no other flow passes it on.</summary>
public sealed class FlowCorrectionsTests(string provider) : ApiTest(provider)
{
    private const string Flows = $"{FundingFixture.Root}/flows";
    private HttpClient _client = null!;
    private string _donor = null!;

    [OneTimeSetUp]
    public async Task CreateDonorAsync()
    {
        _client = ClientWith(TestTokens.DonorRelationsAll, subject: "drd-officer");
        Clock.Set(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));
        _donor = (await _client.PostJsonAsync($"{FundingFixture.Root}/donors", new { code = $"GOV-F{Unique()}", name = "Flow donor", type = "government", country = "SE" })
            .ExpectAsync(HttpStatusCode.Created)).Id();
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task ThePaymentDay_IsCorrected_WithinItsStages_AndTheAmountIsNotPatched()
    {
        var flow = await FlowAsync("pledge");
        await _client.PostJsonAsync($"{Flows}/{flow}/commit", new { on = "2025-05-01" }).ExpectAsync(HttpStatusCode.OK);
        await _client.PostJsonAsync($"{Flows}/{flow}/pay", new { on = "2025-06-01" }).ExpectAsync(HttpStatusCode.OK);

        await _client.PatchJsonAsync($"{Flows}/{flow}", """{"flowDate":"2025-04-30"}""").ExpectFieldErrorsAsync("flowDate");
        await _client.PatchJsonAsync($"{Flows}/{flow}", """{"flowDate":"2025-09-02"}""").ExpectFieldErrorsAsync("flowDate");
        await _client.PatchJsonAsync($"{Flows}/{flow}", """{"originalAmount":1}""").ExpectFieldErrorsAsync("originalAmount");
        using var response = await _client.PatchJsonAsync($"{Flows}/{flow}", """{"flowDate":"2025-06-15","budgetYear":2026,"newMoney":false}""", "\"3\"");
        var patched = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), patched.ToJsonString());
            Assert.That(patched.Str("flowDate"), Is.EqualTo("2025-06-15"));
            Assert.That(patched.Str("paidOn"), Is.EqualTo("2025-06-15"));
            Assert.That(patched.Str("committedOn"), Is.EqualTo("2025-05-01"));
            Assert.That((int)patched["budgetYear"]!, Is.EqualTo(2026));
            Assert.That((bool)patched["newMoney"]!, Is.False);
            Assert.That((decimal)patched["originalAmount"]!, Is.EqualTo(1000m));
        });
    }

    [Test]
    public async Task AFlowAnotherPassesOn_IsKept_UntilItsChildIsRemoved()
    {
        var parent = await FlowAsync("paid");
        var child = (await _client.PostJsonAsync(Flows, FundingFixture.FlowBody(_donor, "paid", 400, "USD", 1m, 2025, parent: parent)).ExpectAsync(HttpStatusCode.Created)).Id();

        await _client.DeleteAsync($"{Flows}/{parent}", null).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
        var refused = await _client.DeleteAsync($"{Flows}/{parent}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.Str("detail"), Does.Contain("1 child flow"));

        using (var removed = await _client.DeleteAsync($"{Flows}/{child}", "\"1\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await removed.Content.ReadAsStringAsync());
        }

        await _client.DeleteAsync($"{Flows}/{parent}", "*").ExpectAsync(HttpStatusCode.NoContent);
        await _client.GetAsync($"{Flows}/{parent}").ExpectProblemAsync(HttpStatusCode.NotFound);
        var history = await _client.GetAsync($"{Flows}/{child}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "delete" }));
    }

    private async Task<string> FlowAsync(string status) =>
        (await _client.PostJsonAsync(Flows, FundingFixture.FlowBody(_donor, status, 1000, "USD", 1m, 2025)).ExpectAsync(HttpStatusCode.Created)).Id();
}
