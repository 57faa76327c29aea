using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.MigrationData;

/// <summary>
/// The questions users of the World Bank API and SDMX REST ask as they ask them there: every area, a region for its
/// members, the most recent N values, a span of years; and the aggregates they ask for first (World, continents).
/// </summary>
public sealed class QueryShapeTests(string provider) : ApiTest(provider)
{
    private HttpClient _data = null!;
    private string _indicator = null!;
    private string _dataset = null!;

    [OneTimeSetUp]
    public async Task LoadAsync()
    {
        Clock.Set(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        _data = ClientWith(TestTokens.MigrationDataAll, subject: "gmdac-analyst");
        _indicator = $"SM.SHAPE.{Unique()}";
        await _data.CreateIndicatorAsync(_indicator);
        string datasetId;
        (datasetId, _dataset) = await _data.CreateDatasetAsync($"SHAPE-{Unique()}");
        var edition = await _data.CreateEditionAsync(datasetId, "2024", "2025-01-15");
        // Kenya has no value for 2024 (missing), Uganda four periods, Germany one; 830 is DESA's Channel Islands, XKX Kosovo.
        await _data.LoadAndReleaseAsync(edition.Id(), $"""
            indicator,area,period,value,status
            {_indicator},KEN,2000,100,
            {_indicator},KEN,2010,110,
            {_indicator},KEN,2020,120,
            {_indicator},KEN,2024,,M
            {_indicator},UGA,1990,200,
            {_indicator},UGA,2000,210,
            {_indicator},UGA,2010,220,
            {_indicator},UGA,2020,230,
            {_indicator},DEU,2020,5000,
            {_indicator},830,2020,40,
            {_indicator},XKX,2020,30,
            """);
    }

    [OneTimeTearDown]
    public void DisposeClient() => _data.Dispose();

    private string Url(string path, string query) => $"{MigrationDataApi.Root}/{path}?indicator={_indicator}&dataset={_dataset}&{query}";

    private static IEnumerable<string> Points(JsonNode page) =>
        page["items"]!.AsArray().Select(i => $"{i!.Str("area")} {i!.Str("period")}");

    [Test]
    public async Task AreasAll_ReadsEveryArea_AndARegionBringsItsMembers()
    {
        var all = await _data.GetAsync(Url("observations", "areas=all&date=2020")).ExpectAsync(HttpStatusCode.OK);
        var easternAfrica = await _data.GetAsync(Url("observations", "areas=m49:014&date=2020")).ExpectAsync(HttpStatusCode.OK);
        var subSaharan = await _data.GetAsync(Url("observations", "areas=sdg:202&date=2020:2020")).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(Points(all), Is.EqualTo(new[] { "DEU 2020", "KEN 2020", "UGA 2020", "XKK 2020", "m49:830 2020" }));
            Assert.That(Points(easternAfrica), Is.EqualTo(new[] { "KEN 2020", "UGA 2020" }));
            Assert.That(Points(subSaharan), Is.EqualTo(Points(easternAfrica)));
            Assert.That(easternAfrica["areas"]![0]!["area"]!.Str("code"), Is.EqualTo("m49:014"));
        });
    }

    [Test]
    public async Task DateSpans_AreAnAliasOfFromAndTo()
    {
        var spanned = await _data.GetAsync(Url("observations", "areas=UGA&date=2000:2010")).ExpectAsync(HttpStatusCode.OK);
        var fromTo = await _data.GetAsync(Url("observations", "areas=UGA&from=2000&to=2010")).ExpectAsync(HttpStatusCode.OK);
        Assert.That(Points(spanned), Is.EqualTo(new[] { "UGA 2000", "UGA 2010" }));
        Assert.That(Points(spanned), Is.EqualTo(Points(fromTo)));
        await _data.GetAsync(Url("observations", "areas=UGA&date=2010:2000")).ExpectFieldErrorsAsync("date");
        await _data.GetAsync(Url("observations", "areas=UGA&date=2000:2010&from=2000")).ExpectFieldErrorsAsync("date");
    }

    [Test]
    public async Task MostRecentValues_CountPerSeries_WithOrWithoutMissingOnes()
    {
        var mrv = await _data.GetAsync(Url("observations", "areas=KEN,UGA&mrv=2")).ExpectAsync(HttpStatusCode.OK);
        var mrnev = await _data.GetAsync(Url("observations", "areas=KEN,UGA&mrnev=2")).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(Points(mrv), Is.EqualTo(new[] { "KEN 2020", "KEN 2024", "UGA 2010", "UGA 2020" }));
            Assert.That(Points(mrnev), Is.EqualTo(new[] { "KEN 2010", "KEN 2020", "UGA 2010", "UGA 2020" }), "Kenya's missing 2024 does not count");
        });
        await _data.GetAsync(Url("observations", "areas=KEN&mrv=2&mrnev=2")).ExpectFieldErrorsAsync("mrnev");
        await _data.GetAsync(Url("observations", "areas=KEN&mrv=0")).ExpectFieldErrorsAsync("mrv");
    }

    [Test]
    public async Task TheWorld_ContinentsAndDesaAreas_Resolve_AndUninhabitedMembersAreNotMissing()
    {
        var world = await _data.GetAsync(Url("aggregates", "region=m49:001&from=2020&to=2020")).ExpectAsync(HttpStatusCode.OK);
        var point = world["values"]!.AsArray().Single(v => v!.Str("period") == "2020")!;
        var missing = point["coverage"]!["missing"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(point["value"]!.GetValue<double>(), Is.EqualTo(120 + 230 + 5000 + 30), "the countries' values; Channel Islands' own figure is a region's");
            Assert.That(missing, Does.Not.Contain("ATF").And.Not.Contain("IOT").And.Not.Contain("ATA"));
            Assert.That(missing, Does.Contain("FRA"));
        });

        foreach (var (code, expected, by) in new[] { ("001", "m49:001", "m49"), ("m49:001", "m49:001", "region"), ("830", "m49:830", "m49"), ("XKX", "XKK", "alias"), ("002", "m49:002", "m49") })
        {
            var area = await _data.GetAsync($"{MigrationDataApi.Root}/areas/{code}").ExpectAsync(HttpStatusCode.OK);
            Assert.That((area["area"]!.Str("code"), area.Str("resolvedBy")), Is.EqualTo((expected, by)), code);
        }

        var africa = await _data.GetAsync($"{MigrationDataApi.Root}/regions/m49/002").ExpectAsync(HttpStatusCode.OK);
        Assert.That(africa.ToJsonString(), Does.Contain("KEN"));
    }
}
