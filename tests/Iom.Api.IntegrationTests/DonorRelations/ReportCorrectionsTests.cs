using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.DonorRelations;

/// <summary>A report owed under an agreement is corrected until it is submitted, and removed while only scheduled.</summary>
public sealed class ReportCorrectionsTests(string provider) : ApiTest(provider)
{
    private const string Root = FundingFixture.Root;
    private HttpClient _client = null!;
    private string _agreement = null!;

    [OneTimeSetUp]
    public async Task CreateAgreementAsync()
    {
        _client = ClientWith(TestTokens.DonorRelationsAll, subject: "drd-officer");
        Clock.Set(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));
        var donor = (await _client.PostJsonAsync($"{Root}/donors", new { code = $"GOV-R{Unique()}", name = "Report donor", type = "government", country = "NO" })
            .ExpectAsync(HttpStatusCode.Created)).Id();
        _agreement = (await _client.PostJsonAsync($"{Root}/agreements", new
        {
            donorId = donor, reference = $"CA-RC-{Unique()}", title = "Reporting", amount = 10_000, currency = "USD", startOn = "2025-01-01", endOn = "2025-12-31", earmarking = "unearmarked",
        }).ExpectAsync(HttpStatusCode.Created)).Id();
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task AReportsDueDate_IsCorrected_UntilItIsSubmitted()
    {
        var report = await ScheduleAsync();
        var url = $"{Root}/reports/{report}";
        await _client.PatchJsonAsync(url, """{"dueOn":"2025-06-01"}""").ExpectFieldErrorsAsync("dueOn");
        var corrected = await _client.PatchJsonAsync(url, """{"dueOn":"2025-08-15","template":"donorSpecific"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(corrected.Str("dueOn"), Is.EqualTo("2025-08-15"));
            Assert.That(corrected.Str("template"), Is.EqualTo("donorSpecific"));
            Assert.That((bool)corrected["overdue"]!, Is.True, "1 September is after the corrected due date");
        });

        await _client.PostJsonAsync($"{url}/submit", null).ExpectAsync(HttpStatusCode.OK);
        var refused = await _client.PatchJsonAsync(url, """{"dueOn":"2025-09-30"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.Str("code"), Is.EqualTo("not-editable"));
        await _client.DeleteAsync(url, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task AReportScheduledByMistake_IsRemoved_AndItsHistoryStays()
    {
        var report = await ScheduleAsync();
        var url = $"{Root}/reports/{report}";
        await _client.DeleteAsync(url, null).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
        await _client.DeleteAsync(url, "\"1\"").ExpectAsync(HttpStatusCode.NoContent);
        await _client.GetAsync(url).ExpectProblemAsync(HttpStatusCode.NotFound);
        var history = await _client.GetAsync($"{url}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "delete" }));
    }

    private async Task<string> ScheduleAsync() =>
        (await _client.PostJsonAsync($"{Root}/agreements/{_agreement}/reports", new { kind = "interim", periodStart = "2025-01-01", periodEnd = "2025-06-30", dueOn = "2025-07-31" })
            .ExpectAsync(HttpStatusCode.Created)).Id();
}
