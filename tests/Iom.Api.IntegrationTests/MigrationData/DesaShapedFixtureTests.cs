using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.MigrationData;

/// <summary>
/// Fixtures/ims-by-sex.csv, shaped like UN DESA's International Migrant Stock (every area DESA reports, by M49 code, with
/// the World and the continents; 1990–2024 in DESA's periods; by sex): loaded, asked the questions analysts ask of it,
/// and exported back unchanged. Its values are made up by Fixtures/make-ims-by-sex.mjs; totals are women plus men.
/// </summary>
public sealed class DesaShapedFixtureTests(string provider) : ApiTest(provider)
{
    private const string FixtureIndicator = "SM.POP.TOTL.BYSEX";
    private static readonly string[] DesaPeriods = ["1990", "1995", "2000", "2005", "2010", "2015", "2020", "2024"];

    private HttpClient _data = null!;
    private string _indicator = null!;
    private string _dataset = null!;
    private string _datasetId = null!;
    private string _file = null!;

    [OneTimeSetUp]
    public async Task LoadAsync()
    {
        Clock.Set(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        _data = ClientWith(TestTokens.MigrationDataAll, subject: "gmdac-analyst");
        _indicator = $"SM.POP.{Unique()}";
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/indicators", new { code = _indicator, name = new { en = "International migrant stock by sex" }, unit = "persons", dimensions = new[] { "sex" } })
            .ExpectAsync(HttpStatusCode.Created);
        (_datasetId, _dataset) = await _data.CreateDatasetAsync($"IMS-{Unique()}");
        var edition = await _data.CreateEditionAsync(_datasetId, "IMS 2024", "2025-01-15");
        _file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ims-by-sex.csv")).Replace(FixtureIndicator, _indicator, StringComparison.Ordinal);
        var report = await _data.LoadAsync(edition.Id(), _file, "application/vnd.sdmx.data+csv").ExpectAsync(HttpStatusCode.OK);
        Assert.That((int)report["rowsLoaded"]!, Is.EqualTo(Rfc4180.Records(_file).Count - 1));
        await _data.ReleaseAsync(edition.Id());
    }

    [OneTimeTearDown]
    public void DisposeClient() => _data.Dispose();

    private string Url(string path, string query) => $"{MigrationDataApi.Root}/{path}?indicator={_indicator}&dataset={_dataset}&{query}";

    private static double Value(JsonNode item) => item["value"]!.GetValue<double>();

    [Test]
    public async Task KenyasSeries_HasEightPointsBySex_AndTotalsAreWomenPlusMen()
    {
        var women = await _data.GetAsync(Url("observations", "areas=KEN&sex=F")).ExpectAsync(HttpStatusCode.OK);
        var all = await _data.GetAsync(Url("observations", "areas=KE&sex=all")).ExpectAsync(HttpStatusCode.OK);
        var byPeriod = all["items"]!.AsArray().GroupBy(i => i!.Str("period")).ToDictionary(g => g.Key, g => g.ToDictionary(i => i!.Str("sex"), i => Value(i!)));
        Assert.Multiple(() =>
        {
            Assert.That(women["items"]!.AsArray().Select(i => i!.Str("period")), Is.EqualTo(DesaPeriods));
            Assert.That(byPeriod.Keys, Is.EqualTo(DesaPeriods));
            Assert.That(byPeriod.Values.All(p => p["_T"] == p["F"] + p["M"]), Is.True);
        });
    }

    [Test]
    public async Task AContinentFromItsMembers_IsTheContinentDesaReports_AndTheWorldLacksOnlyTheChannelIslandsCountries()
    {
        foreach (var sex in new[] { "_T", "F" })
        {
            var africa = await _data.GetAsync(Url("aggregates", $"region=m49:002&sex={sex}")).ExpectAsync(HttpStatusCode.OK);
            var reported = await _data.GetAsync(Url("observations", $"areas=002&sex={sex}&limit=5000")).ExpectAsync(HttpStatusCode.OK);
            var continent = reported["items"]!.AsArray().Where(i => i!.Str("area") == "m49:002").ToDictionary(i => i!.Str("period"), i => Value(i!));
            Assert.Multiple(() =>
            {
                Assert.That(africa["values"]!.AsArray().Select(v => v!.Str("period")), Is.EqualTo(DesaPeriods));
                Assert.That(africa["values"]!.AsArray().Select(v => Value(v!)), Is.EqualTo(DesaPeriods.Select(p => continent[p])), sex);
                Assert.That(africa["values"]!.AsArray().All(v => v!["coverage"]!["missing"]!.AsArray().Count == 0), Is.True, "every inhabited member of Africa reports");
            });
        }

        var world = await _data.GetAsync(Url("aggregates", "region=001&from=2024&to=2024")).ExpectAsync(HttpStatusCode.OK);
        var worldRow = await _data.GetAsync(Url("observations", "areas=m49:001,830&date=2024")).ExpectAsync(HttpStatusCode.OK);
        var reportedRows = worldRow["items"]!.AsArray().ToDictionary(i => i!.Str("area"), i => Value(i!));
        var point = world["values"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(point["coverage"]!["missing"]!.AsArray().Select(m => m!.GetValue<string>()), Is.EqualTo(new[] { "GGY", "JEY" }),
                "DESA reports Guernsey and Jersey together, as the Channel Islands (830)");
            Assert.That(Value(point) + reportedRows["m49:830"], Is.EqualTo(reportedRows["m49:001"]));
        });
    }

    [Test]
    public async Task ExportedAsSdmxCsv_ItLoadsBackUnchanged_AndKeepsTheStructureItNames()
    {
        using var export = await _data.GetAsync(Url("observations", "areas=all&sex=all&format=sdmxCsv"));
        var text = await export.Content.ReadAsStringAsync();
        var (records, violation) = Rfc4180.Read(text);
        Assert.That(violation, Is.Null);
        Assert.That(records, Has.Count.EqualTo(Rfc4180.Records(_file).Count));
        using var structure = await _data.GetAsync($"{MigrationDataApi.Root}/sdmx/structure/dataflow/IOM/DF_MIGRATION_DATA/1.0");
        Assert.That(SdmxStructureRules.Violations(System.Xml.Linq.XDocument.Parse(await structure.Content.ReadAsStringAsync()), records), Is.Empty);

        var copy = await _data.CreateEditionAsync(_datasetId, "IMS 2024 copy", "2025-01-16");
        await _data.LoadAsync(copy.Id(), text, "application/vnd.sdmx.data+csv").ExpectAsync(HttpStatusCode.OK);
        var revisions = await _data.GetAsync($"{MigrationDataApi.Root}/revisions?dataset={_dataset}&from=IMS 2024&to=IMS 2024 copy").ExpectAsync(HttpStatusCode.OK);
        Assert.That(revisions["items"]!.AsArray(), Is.Empty, "the export holds every value of the edition, as loaded");
    }
}
