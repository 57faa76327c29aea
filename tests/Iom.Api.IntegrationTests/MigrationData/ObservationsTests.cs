using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.MigrationData;

/// <summary>
/// A small, hand-checkable fixture: migrant stocks in two editions of one dataset (2020 and a revised 2024), shares, and
/// populations from another dataset. Expected figures below are worked out by hand from these rows.
/// </summary>
public sealed class ObservationsTests(string provider) : ApiTest(provider)
{
    private const string Stocks2020 = """
        indicator,area,period,value,status
        MIG.STOCK,KEN,2015,1000,
        MIG.STOCK,KEN,2020,1100,
        MIG.STOCK,UGA,2020,1700,
        MIG.STOCK,ETH,2020,1200,
        MIG.STOCK,RWA,2020,500,
        """;

    // Revised: KEN 2020 changes, RWA 2020 is dropped, 2023-2024 added; KEN's 2024 value is missing; codes in every form.
    private const string Stocks2024 = """
        indicator,area,period,value,status
        MIG.STOCK,KEN,2015,1000,
        MIG.STOCK,KE,2020,1150,
        MIG.STOCK,404,2023,1300,
        MIG.STOCK,KEN,2024,,missing
        MIG.STOCK,UGA,2020,1700,
        MIG.STOCK,800,2024,1800,estimated
        MIG.STOCK,ETH,2020,1200,
        MIG.STOCK,ETH,2024,1250,
        MIG.STOCK,TZA,2024,900,
        MIG.STOCK,BGD,2024,2000,
        MIG.SHARE,KEN,2024,2.0,
        MIG.SHARE,UGA,2024,4.0,
        MIG.SHARE,ETH,2024,1.0,
        MIG.SHARE,TZA,2024,3.0,
        """;

    private const string Populations = """
        indicator,area,period,value
        POP.TOTAL,KEN,2024,50000
        POP.TOTAL,UGA,2024,45000
        POP.TOTAL,ETH,2024,120000
        """;

    private HttpClient _data = null!;
    private string _datasetId = null!;
    private JsonNode _edition2020 = null!;
    private JsonNode _edition2024 = null!;
    private string _scratchId = null!;

    [OneTimeSetUp]
    public async Task LoadFixtureAsync()
    {
        Clock.Set(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        _data = ClientWith(TestTokens.MigrationDataAll, subject: "gmdac-analyst");
        foreach (var indicator in new[] { "MIG.STOCK", "MIG.SHARE", "POP.TOTAL" })
        {
            await _data.CreateIndicatorAsync(indicator, indicator == "MIG.SHARE" ? "percent" : "persons");
        }

        (_datasetId, _) = await _data.CreateDatasetAsync("IMS-T");
        _edition2020 = await _data.CreateEditionAsync(_datasetId, "2020", "2021-01-15");
        _edition2024 = await _data.CreateEditionAsync(_datasetId, "2024", "2025-01-15");
        await _data.LoadAndReleaseAsync(_edition2020.Id(), Stocks2020);
        var report = await _data.LoadAsync(_edition2024.Id(), Stocks2024).ExpectAsync(HttpStatusCode.OK);
        await _data.ReleaseAsync(_edition2024.Id());
        Assert.Multiple(() =>
        {
            Assert.That(report.Str("outcome"), Is.EqualTo("loaded"));
            Assert.That((int)report["rowsRead"]!, Is.EqualTo(14));
            Assert.That((int)report["rowsLoaded"]!, Is.EqualTo(14));
        });
        var (populationId, _) = await _data.CreateDatasetAsync("POP-T");
        var populations = await _data.CreateEditionAsync(populationId, "2024", "2024-07-11");
        await _data.LoadAndReleaseAsync(populations.Id(), Populations);

        // Editions tests add on the fly go to a dataset of their own, so that they never become IMS-T's latest release.
        (_scratchId, _) = await _data.CreateDatasetAsync("SCRATCH");
    }

    [OneTimeTearDown]
    public void DisposeClient() => _data.Dispose();

    [Test]
    public async Task ATimeSeries_ReadsTheLatestEdition_WithProvenanceOnEveryValue_AndSaysHowEachCodeResolved()
    {
        var series = await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=KE,800,ETH&from=2015&to=2024&dataset=IMS-T").ExpectAsync(HttpStatusCode.OK);
        var items = series["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => $"{i!.Str("area")} {i!.Str("period")} {i!["value"]?.GetValue<double>()}"),
                Is.EqualTo(new[] { "ETH 2020 1200", "ETH 2024 1250", "KEN 2015 1000", "KEN 2020 1150", "KEN 2023 1300", "KEN 2024 ", "UGA 2020 1700", "UGA 2024 1800" }));
            Assert.That(items.Select(i => i!["source"]!.Str("edition")), Is.All.EqualTo("2024"));
            Assert.That(items[0]!["source"]!.Str("dataset"), Is.EqualTo("IMS-T"));
            Assert.That(items[0]!["source"]!.Str("releasedOn"), Is.EqualTo("2025-01-15"));
            Assert.That(items[0]!["source"]!.Str("partner"), Is.EqualTo("P-IMS-T"));
            Assert.That(items[5]!.Str("status"), Is.EqualTo("missing"));
            Assert.That(items[7]!.Str("status"), Is.EqualTo("estimated"));
            Assert.That(series["areas"]!.AsArray().Select(a => $"{a!.Str("input")}>{a!["area"]!.Str("code")} by {a!.Str("resolvedBy")}"),
                Is.EqualTo(new[] { "KE>KEN by alpha2", "800>UGA by m49", "ETH>ETH by alpha3" }));
        });
    }

    [Test]
    public async Task AnEarlierVintage_StaysQueryable()
    {
        var old = await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=KEN,RWA&dataset=IMS-T&edition=2020").ExpectAsync(HttpStatusCode.OK);
        Assert.That(old["items"]!.AsArray().Select(i => $"{i!.Str("area")} {i!.Str("period")} {i!["value"]!.GetValue<double>()} {i!["source"]!.Str("edition")}"),
            Is.EqualTo(new[] { "KEN 2015 1000 2020", "KEN 2020 1100 2020", "RWA 2020 500 2020" }));
        var alone = await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=KEN,RWA&edition=2020").ExpectAsync(HttpStatusCode.OK);
        Assert.That(alone["items"]!.ToJsonString(), Is.EqualTo(old["items"]!.ToJsonString()), "one dataset of the indicator has an edition 2020: edition alone names it");
        await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=KEN&edition=1999").ExpectFieldErrorsAsync("edition");
        await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=KEN&dataset=IMS-T&edition=1999").ExpectFieldErrorsAsync("edition");
        await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=KEN&dataset=NOPE").ExpectFieldErrorsAsync("dataset");
    }

    [Test]
    public async Task TheLatestValue_IsExplicitAboutMissingValues()
    {
        var any = await _data.GetAsync($"{MigrationDataApi.Root}/observations/latest?indicator=MIG.STOCK&areas=KEN,UGA&latest=any&dataset=IMS-T").ExpectAsync(HttpStatusCode.OK);
        var nonEmpty = await _data.GetAsync($"{MigrationDataApi.Root}/observations/latest?indicator=MIG.STOCK&areas=KEN,UGA&latest=nonEmpty&dataset=IMS-T").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(any["items"]!.AsArray().Select(i => $"{i!.Str("area")} {i!.Str("period")} {i!["value"]?.GetValue<double>()}"), Is.EqualTo(new[] { "KEN 2024 ", "UGA 2024 1800" }));
            Assert.That(nonEmpty["items"]!.AsArray().Select(i => $"{i!.Str("area")} {i!.Str("period")} {i!["value"]?.GetValue<double>()}"), Is.EqualTo(new[] { "KEN 2023 1300", "UGA 2024 1800" }));
        });
        await _data.GetAsync($"{MigrationDataApi.Root}/observations/latest?indicator=MIG.STOCK&areas=KEN&latest=newest").ExpectFieldErrorsAsync("latest");
    }

    [Test]
    public async Task ACrossSection_ListsCountriesForOnePeriod_OptionallyWithinARegion()
    {
        var all = await _data.GetAsync($"{MigrationDataApi.Root}/observations/cross-section?indicator=MIG.STOCK&period=2024&dataset=IMS-T").ExpectAsync(HttpStatusCode.OK);
        Assert.That(all["items"]!.AsArray().Select(i => i!.Str("area")), Is.EqualTo(new[] { "BGD", "ETH", "KEN", "TZA", "UGA" }));
        var eastAfrica = await _data.GetAsync($"{MigrationDataApi.Root}/observations/cross-section?indicator=MIG.STOCK&period=2024&region=iom:EHA&limit=2&dataset=IMS-T").ExpectAsync(HttpStatusCode.OK);
        Assert.That(eastAfrica["items"]!.AsArray().Select(i => i!.Str("area")), Is.EqualTo(new[] { "ETH", "KEN" }));
        var rest = await _data.GetAsync($"{MigrationDataApi.Root}/observations/cross-section?indicator=MIG.STOCK&period=2024&region=iom:EHA&limit=2&dataset=IMS-T&cursor={eastAfrica.Str("nextCursor")}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(rest["items"]!.AsArray().Select(i => i!.Str("area")), Is.EqualTo(new[] { "TZA", "UGA" }));
        await _data.GetAsync($"{MigrationDataApi.Root}/observations/cross-section?indicator=MIG.STOCK&period=2024-13").ExpectFieldErrorsAsync("period");
    }

    // East and Horn of Africa has 10 members. 2020: KEN 1150 + UGA 1700 + ETH 1200 = 4050, 3 of 10 (the revised edition; RWA's
    // 500 was in the 2020 edition only). 2023: KEN 1300 alone, 1 of 10. 2024: UGA 1800 + ETH 1250 + TZA 900 = 3950 (KEN's value
    // is missing), 3 of 10.
    [Test]
    public async Task ARegionalSum_StatesItsCoverage()
    {
        var sum = await _data.GetAsync($"{MigrationDataApi.Root}/aggregates?indicator=MIG.STOCK&region=iom:EHA&from=2020&to=2024&dataset=IMS-T").ExpectAsync(HttpStatusCode.OK);
        var values = sum["values"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(sum.Str("method"), Is.EqualTo("sum"));
            Assert.That(values.Select(v => v!.Str("period")), Is.EqualTo(new[] { "2020", "2023", "2024" }));
            Assert.That(values.Select(v => v!["value"]!.GetValue<double>()), Is.EqualTo(new[] { 4050.0, 1300.0, 3950.0 }));
            Assert.That(values.Select(v => v!["coverage"]!["percent"]!.GetValue<double>()), Is.EqualTo(new[] { 30.0, 10.0, 30.0 }));
            Assert.That((int)values[2]!["coverage"]!["members"]!, Is.EqualTo(10));
            Assert.That((int)values[2]!["coverage"]!["reporting"]!, Is.EqualTo(3));
            Assert.That(values[2]!["coverage"]!["missing"]!.AsArray().Select(m => m!.GetValue<string>()), Does.Contain("KEN").And.Contain("RWA").And.Not.Contain("UGA"));
            Assert.That(sum["source"]!.Str("edition"), Is.EqualTo("2024"));
        });
    }

    // Shares weighted by population, 2024: KEN 2.0 × 50 000, UGA 4.0 × 45 000, ETH 1.0 × 120 000 (TZA has no population, so it
    // is left out): (100 000 + 180 000 + 120 000) / 215 000 = 1.860465116...; 3 of 10 members.
    [Test]
    public async Task APopulationWeightedAggregate_UsesOnlyMembersWithAWeight()
    {
        var weighted = await _data.GetAsync($"{MigrationDataApi.Root}/aggregates?indicator=MIG.SHARE&region=iom:EHA&from=2024&to=2024&method=populationWeighted&weightIndicator=POP.TOTAL")
            .ExpectAsync(HttpStatusCode.OK);
        var value = weighted["values"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(value["value"]!.GetValue<double>(), Is.EqualTo(400_000.0 / 215_000.0).Within(1e-12));
            Assert.That((int)value["coverage"]!["reporting"]!, Is.EqualTo(3));
            Assert.That(value["coverage"]!["missing"]!.AsArray().Select(m => m!.GetValue<string>()), Does.Contain("TZA"));
            Assert.That(weighted["weightSource"]!.Str("dataset"), Is.EqualTo("POP-T"));
        });
        await _data.GetAsync($"{MigrationDataApi.Root}/aggregates?indicator=MIG.SHARE&region=iom:EHA&method=populationWeighted").ExpectFieldErrorsAsync("weightIndicator");
        await _data.GetAsync($"{MigrationDataApi.Root}/aggregates?indicator=MIG.SHARE&region=KEN").ExpectFieldErrorsAsync("region");
    }

    [Test]
    public async Task Revisions_BetweenTwoEditions_AreListed()
    {
        var revisions = await _data.GetAsync($"{MigrationDataApi.Root}/revisions?dataset=IMS-T&from=2020&to=2024&indicator=MIG.STOCK").ExpectAsync(HttpStatusCode.OK);
        var items = revisions["items"]!.AsArray().Select(r => $"{r!.Str("kind")} {r!.Str("area")} {r!.Str("period")} {r!["oldValue"]?.GetValue<double>()}>{r!["newValue"]?.GetValue<double>()}").ToList();
        Assert.That(items, Is.EquivalentTo(new[]
        {
            "changed KEN 2020 1100>1150", "added KEN 2023 >1300", "added KEN 2024 >", "added UGA 2024 >1800", "added ETH 2024 >1250", "added TZA 2024 >900",
            "added BGD 2024 >2000", "removed RWA 2020 500>",
        }));
    }

    [Test]
    public async Task ALoadWithBadRows_IsRejectedWhole_WithEachErrorOnItsLine()
    {
        var edition = await _data.CreateEditionAsync(_scratchId, $"bad-{Unique()}", "2025-02-01");
        const string file = """
            indicator,area,period,value,status
            MIG.STOCK,KEN,2024,10,
            NO.SUCH,KEN,2024,10,
            MIG.STOCK,XYZ,2024,10,
            MIG.STOCK,ZAR,2024,10,
            MIG.STOCK,UGA,2024,"1,5",
            MIG.STOCK,UGA,2024-13,10,
            MIG.STOCK,KE,2024,11,
            MIG.STOCK,ETH,2024,,
            MIG.STOCK,ETH,2023,12,guessed
            """;
        var problem = await _data.LoadAsync(edition.Id(), file).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsArray().Select(e => $"{(int)e!["line"]!} {e!["column"]?.GetValue<string>()}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Str("code"), Is.EqualTo("load-rejected"));
            Assert.That((int)problem["rowsRead"]!, Is.EqualTo(9));
            Assert.That((int)problem["errorCount"]!, Is.EqualTo(8));
            Assert.That(errors, Is.EqualTo(new[] { "3 indicator", "4 area", "5 area", "6 value", "7 period", "8 ", "9 value", "10 status" }));
            Assert.That(problem["errors"]![2]!.Str("message"), Does.Contain("COD"), "a retired code names its successor");
            Assert.That(problem["errors"]![5]!.Str("message"), Does.Contain("Duplicate"));
        });

        var after = await _data.GetAsync($"{MigrationDataApi.Root}/editions/{edition.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That((int)after["observationCount"]!, Is.EqualTo(0));
        var nothing = await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=KEN&dataset=SCRATCH&edition={after.Str("edition")}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(nothing["items"]!.AsArray(), Is.Empty, "the good first row was not written either");
    }

    [Test]
    public async Task OneBadRowInAThousand_RejectsTheWholeFile()
    {
        var edition = await _data.CreateEditionAsync(_scratchId, $"one-bad-{Unique()}", "2025-02-02");
        var rows = Enumerable.Range(0, 1000).Select(i => $"MIG.STOCK,{(i % 2 == 0 ? "KEN" : "UGA")},{1000 + (i / 2)},{i}").ToList();
        rows[737] = "MIG.STOCK,UGA,1368,twelve";
        var problem = await _data.LoadAsync(edition.Id(), "indicator,area,period,value\n" + string.Join('\n', rows)).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Multiple(() =>
        {
            Assert.That((int)problem["rowsRead"]!, Is.EqualTo(1000));
            Assert.That((int)problem["errorCount"]!, Is.EqualTo(1));
            Assert.That((int)problem["errors"]![0]!["line"]!, Is.EqualTo(739), "header is line 1, so row 737 (0-based) is line 739");
        });
        var after = await _data.GetAsync($"{MigrationDataApi.Root}/editions/{edition.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That((int)after["observationCount"]!, Is.EqualTo(0));
        var nothing = await _data.GetAsync($"{MigrationDataApi.Root}/observations/cross-section?indicator=MIG.STOCK&period=1000&dataset=SCRATCH&edition={after.Str("edition")}")
            .ExpectAsync(HttpStatusCode.OK);
        Assert.That(nothing["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task ExportsAsCsvAndSdmxCsv_AndTheSdmxExportLoadsBackUnchanged()
    {
        using var csv = await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=KEN&format=csv&dataset=IMS-T");
        Assert.That(csv.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        var lines = Rfc4180.Records(await csv.Content.ReadAsStringAsync()).Select(r => string.Join(',', r)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("indicator,area,area_name,period,sex,age,origin,value,status,dataset,edition,released_on,retrieved_on,partner,licence"));
            Assert.That(lines[1], Is.EqualTo("MIG.STOCK,KEN,Kenya,2015,_T,_T,_T,1000,,IMS-T,2024,2025-01-15,2025-01-15,P-IMS-T,CC BY 3.0 IGO"));
            Assert.That(lines, Has.Count.EqualTo(5));
        });

        using var negotiated = new HttpRequestMessage(HttpMethod.Get, $"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=KEN&dataset=IMS-T")
        {
            Headers = { { "Accept", "application/vnd.sdmx.data+csv; version=2.0.0" } },
        };
        using var asSdmx = await _data.SendAsync(negotiated);
        Assert.That(asSdmx.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/vnd.sdmx.data+csv"));
        Assert.That(Rfc4180.Records(await asSdmx.Content.ReadAsStringAsync()), Has.Count.EqualTo(5));

        using var sdmx = await _data.GetAsync($"{MigrationDataApi.Root}/observations/cross-section?indicator=MIG.STOCK&period=2024&format=sdmxCsv&dataset=IMS-T");
        Assert.That(sdmx.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/vnd.sdmx.data+csv"));
        var exported = await sdmx.Content.ReadAsStringAsync();
        Assert.That(Rfc4180.Records(exported)[0], Has.Length.EqualTo(14));
        Assert.That(exported, Does.StartWith("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,INDICATOR,REF_AREA,SEX,AGE,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS"));
        Assert.That(exported, Does.Contain("dataflow,IOM:DF_MIGRATION_DATA(1.0),I,A,MIG.STOCK,KEN,_T,_T,_T,2024,,M,"));

        var copy = await _data.CreateEditionAsync(_scratchId, $"copy-{Unique()}", "2025-01-16");
        var report = await _data.LoadAsync(copy.Id(), exported, "application/vnd.sdmx.data+csv").ExpectAsync(HttpStatusCode.OK);
        Assert.That(report.Str("format"), Is.EqualTo("sdmxCsv"));
        var back = await _data.GetAsync($"{MigrationDataApi.Root}/observations/cross-section?indicator=MIG.STOCK&period=2024&dataset=SCRATCH&edition={copy.Str("edition")}").ExpectAsync(HttpStatusCode.OK);
        var original = await _data.GetAsync($"{MigrationDataApi.Root}/observations/cross-section?indicator=MIG.STOCK&period=2024&dataset=IMS-T&edition=2024").ExpectAsync(HttpStatusCode.OK);
        static IEnumerable<string> Values(JsonNode page) => page["items"]!.AsArray().Select(i => $"{i!.Str("area")} {i!["value"]?.GetValue<double>()} {i!["status"]?.GetValue<string>()}");
        Assert.That(Values(back), Is.EqualTo(Values(original)));

        // Released, the copy makes two datasets that publish MIG.STOCK: an aggregate must say which, or it would add one to the other.
        await _data.ReleaseAsync(copy.Id());
        var ambiguous = await _data.GetAsync($"{MigrationDataApi.Root}/aggregates?indicator=MIG.STOCK&region=iom:EHA").ExpectFieldErrorsAsync("dataset");
        Assert.That(ambiguous.ToJsonString(), Does.Contain("IMS-T").And.Contain("SCRATCH"));
    }

    [Test]
    public async Task HugeBadValues_AreQuotedToAFixedLength_SoTheReportStaysSmall()
    {
        var edition = await _data.CreateEditionAsync(_scratchId, $"huge-{Unique()}", "2025-02-03");
        var huge = new string('x', 50_000);
        var rows = Enumerable.Range(0, 8).Select(i => $"{(i % 2 == 0 ? "MIG.STOCK" : huge)},{huge},{huge},{huge},{huge}");
        var file = "indicator,area,period,value,status\n" + string.Join('\n', rows);
        using var response = await _data.LoadAsync(edition.Id(), file);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), body[..Math.Min(500, body.Length)]);
        var problem = JsonNode.Parse(body)!;
        Assert.Multiple(() =>
        {
            Assert.That(file.Length, Is.GreaterThan(1_500_000));
            Assert.That(body.Length, Is.LessThan(20_000), "the report does not echo the values");
            Assert.That((int)problem["errorCount"]!, Is.EqualTo(36));
            Assert.That(problem["errors"]!.AsArray().Select(e => e!.Str("message")), Has.Some.Contains("(50000 characters)"));
        });
    }

    [Test]
    public async Task ALargeLoad_RunsAsAJobWithProgress_AndIsQueryableWhenDone()
    {
        var edition = await _data.CreateEditionAsync(_scratchId, $"job-{Unique()}", "2025-03-01");
        var rows = string.Join('\n', Enumerable.Range(1990, 30).SelectMany(year => new[] { "KEN", "UGA", "ETH" }.Select(area => $"MIG.STOCK,{area},{year},{year - 1000}")));
        using var accepted = await _data.LoadAsync(edition.Id(), "indicator,area,period,value\n" + rows, respondAsync: true);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await accepted.Content.ReadAsStringAsync());
        var location = accepted.Headers.Location!.ToString();
        JsonNode job = new JsonObject();
        await Eventually(async () =>
        {
            job = await _data.GetAsync(location).ExpectAsync(HttpStatusCode.OK);
            return job.Str("status") is "succeeded" or "failed";
        }, "the load job to finish");
        Assert.Multiple(() =>
        {
            Assert.That(job.Str("status"), Is.EqualTo("succeeded"));
            Assert.That((int)job["rowsLoaded"]!, Is.EqualTo(90));
            Assert.That(job["progressPercent"]!.GetValue<double>(), Is.EqualTo(100));
            Assert.That(job.Str("createdBy"), Is.EqualTo("gmdac-analyst"));
        });
        var series = await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=UGA&dataset=SCRATCH&edition={edition.Str("edition")}&limit=10").ExpectAsync(HttpStatusCode.OK);
        Assert.That(series["items"]!.AsArray(), Has.Count.EqualTo(10));
        Assert.That(series["nextCursor"], Is.Not.Null);
    }

    [Test]
    public async Task LoadsIntoUnknownEditions_AndInOtherFormats_AreRefused()
    {
        await _data.LoadAsync(Guid.NewGuid().ToString(), "indicator,area,period,value\n").ExpectProblemAsync(HttpStatusCode.NotFound);
        var draft = await _data.CreateEditionAsync(_scratchId, $"refused-{Unique()}", "2025-02-04");
        await _data.LoadAsync(draft.Id(), "{}", "application/json").ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var noHeader = await _data.LoadAsync(draft.Id(), "a,b\n1,2").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(noHeader["errors"]![0]!.Str("message"), Does.Contain("indicator"));
        await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=NO.SUCH&areas=KEN").ExpectFieldErrorsAsync("indicator");
        var antilles = await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator=MIG.STOCK&areas=ANT").ExpectFieldErrorsAsync("areas");
        Assert.That(antilles.ToJsonString(), Does.Contain("CUW"));
    }
}
