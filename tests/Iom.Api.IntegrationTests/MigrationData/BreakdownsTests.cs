using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.MigrationData;

/// <summary>
/// Values by sex, age group and origin, as UN DESA publishes migrant stocks: declared per indicator, mapped from SDMX
/// columns, scaled by UNIT_MULT; a column the loader does not know, or a breakdown an indicator does not have, refuses the file.
/// </summary>
public sealed class BreakdownsTests(string provider) : ApiTest(provider)
{
    private const string Header = "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,SEX,AGE,TIME_PERIOD,OBS_VALUE,UNIT_MULT";

    private HttpClient _data = null!;
    private string _datasetId = null!;
    private string _bySex = null!;
    private string _totals = null!;
    private string _bilateral = null!;

    [OneTimeSetUp]
    public async Task CreateIndicatorsAsync()
    {
        Clock.Set(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        _data = ClientWith(TestTokens.MigrationDataAll, subject: "gmdac-analyst");
        var suffix = Unique();
        _bySex = $"SM.BYSEX.{suffix}";
        _totals = $"SM.TOTAL.{suffix}";
        _bilateral = $"SM.BILAT.{suffix}";
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/indicators", new { code = _bySex, name = new { en = "Stock by sex and age" }, unit = "persons", dimensions = new[] { "sex", "age" } })
            .ExpectAsync(HttpStatusCode.Created);
        await _data.CreateIndicatorAsync(_totals);
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/indicators", new { code = _bilateral, name = new { en = "Stock by origin" }, unit = "persons", dimensions = new[] { "origin" } })
            .ExpectAsync(HttpStatusCode.Created);
        (_datasetId, _) = await _data.CreateDatasetAsync($"BRK-{suffix}");
    }

    [OneTimeTearDown]
    public void DisposeClient() => _data.Dispose();

    [Test]
    public async Task ValuesBySexAndAge_AreHeldApart_ScaledByUnitMult_AndTotalsAreTheDefault()
    {
        var edition = await _data.CreateEditionAsync(_datasetId, $"sex-{Unique()}", "2025-01-10");
        var file = $"""
            {Header}
            dataflow,IOM:DF_MIGRATION_DATA(1.0),I,{_bySex},KEN,_T,_T,2024,1.1,3
            dataflow,IOM:DF_MIGRATION_DATA(1.0),I,{_bySex},KEN,F,_T,2024,0.6,3
            dataflow,IOM:DF_MIGRATION_DATA(1.0),I,{_bySex},KEN,M,_T,2024,500,0
            dataflow,IOM:DF_MIGRATION_DATA(1.0),I,{_bySex},KEN,F,Y15T19,2024,40,
            """;
        var report = await _data.LoadAsync(edition.Id(), file, "application/vnd.sdmx.data+csv").ExpectAsync(HttpStatusCode.OK);
        Assert.That((int)report["rowsLoaded"]!, Is.EqualTo(4), "F and M and the total of one area and period are three values, not one key thrice");
        await _data.ReleaseAsync(edition.Id());

        string Url(string query) => $"{MigrationDataApi.Root}/observations?indicator={_bySex}&areas=KEN{query}";
        static IEnumerable<string> Cells(JsonNode page) => page["items"]!.AsArray().Select(i => $"{i!.Str("sex")} {i!.Str("age")} {i!["value"]!.GetValue<double>()}");
        var totals = await _data.GetAsync(Url(string.Empty)).ExpectAsync(HttpStatusCode.OK);
        var women = await _data.GetAsync(Url("&sex=F")).ExpectAsync(HttpStatusCode.OK);
        var womenByAge = await _data.GetAsync(Url("&sex=F&age=all")).ExpectAsync(HttpStatusCode.OK);
        var every = await _data.GetAsync(Url("&sex=all&age=all")).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(Cells(totals), Is.EqualTo(new[] { "_T _T 1100" }), "UNIT_MULT 3 is thousands; the total of every dimension unless asked");
            Assert.That(Cells(women), Is.EqualTo(new[] { "F _T 600" }));
            Assert.That(Cells(womenByAge), Is.EqualTo(new[] { "F Y15T19 40", "F _T 600" }));
            Assert.That(Cells(every).ToList(), Has.Count.EqualTo(4));
        });

        await _data.GetAsync(Url("&sex=X")).ExpectFieldErrorsAsync("sex");
        await _data.GetAsync(Url("&age=15-19")).ExpectFieldErrorsAsync("age");
        await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator={_totals}&areas=KEN&sex=F").ExpectFieldErrorsAsync("sex");
        await _data.GetAsync($"{MigrationDataApi.Root}/aggregates?indicator={_bySex}&region=iom:EHA&dataset={edition.Str("datasetCode")}&sex=all").ExpectFieldErrorsAsync("sex");
        var women2024 = await _data.GetAsync($"{MigrationDataApi.Root}/aggregates?indicator={_bySex}&region=iom:EHA&sex=F&dataset={edition.Str("datasetCode")}").ExpectAsync(HttpStatusCode.OK);
        Assert.That((women2024["values"]![0]!["value"]!.GetValue<double>(), women2024["breakdown"]!.Str("sex")), Is.EqualTo((600d, "F")));

        using var csv = await _data.GetAsync(Url("&sex=all&format=csv"));
        var rows = Rfc4180.Records(await csv.Content.ReadAsStringAsync());
        Assert.That(rows.Skip(1).Select(r => $"{r[4]} {r[5]} {r[6]} {r[7]}"), Is.EquivalentTo(new[] { "_T _T _T 1100", "F _T _T 600", "M _T _T 500" }));
    }

    [Test]
    public async Task ABreakdownTheIndicatorDoesNotDeclare_RefusesTheRow_NamingTheColumn()
    {
        var totals = $"SM.LATER.{Unique()}";
        await _data.CreateIndicatorAsync(totals);
        var edition = await _data.CreateEditionAsync(_datasetId, $"undeclared-{Unique()}", "2025-01-10");
        var problem = await _data.LoadAsync(edition.Id(), $"""
            {Header}
            dataflow,IOM:DF_MIGRATION_DATA(1.0),I,{totals},KEN,F,_T,2024,500,
            """, "application/vnd.sdmx.data+csv").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        var error = problem["errors"]![0]!;
        Assert.That((error.Str("column"), error.Str("message")), Is.EqualTo(("SEX", $"{totals} is not broken down by sex: its values are totals. Declare sex among its dimensions (PATCH the indicator) to load values by sex.")));

        // Declared afterwards, the same file loads; the dimension cannot then be taken away while values use it.
        await _data.PatchJsonAsync($"{MigrationDataApi.Root}/indicators/{totals}", """{"dimensions":["sex"]}""").ExpectAsync(HttpStatusCode.OK);
        await _data.LoadAsync(edition.Id(), $"""
            {Header}
            dataflow,IOM:DF_MIGRATION_DATA(1.0),I,{totals},KEN,F,_T,2024,500,
            """, "application/vnd.sdmx.data+csv").ExpectAsync(HttpStatusCode.OK);
        var refused = await _data.PatchJsonAsync($"{MigrationDataApi.Root}/indicators/{totals}", """{"dimensions":[]}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.Str("code"), Is.EqualTo("dimension-in-use"));
    }

    [TestCase("STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE", "'UNIT_MEASURE'")]
    [TestCase("STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,SEXE,AGE_GROUP", "'SEXE', 'AGE_GROUP'")]
    public async Task AFileWithAColumnTheLoaderDoesNotKnow_IsRefused_NamingIt(string header, string named)
    {
        var edition = await _data.CreateEditionAsync(_datasetId, $"unknown-{Unique()}", "2025-01-10");
        var cells = string.Join(',', header.Split(',').Select((c, i) => i switch { 0 => "dataflow", 1 => "IOM:DF_MIGRATION_DATA(1.0)", 2 => "I", 3 => _totals, 4 => "KEN", 5 => "2024", 6 => "5", _ => "X" }));
        var problem = await _data.LoadAsync(edition.Id(), $"{header}\n{cells}\n", "application/vnd.sdmx.data+csv").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem["errors"]![0]!.Str("message"), Does.Contain($"does not know: {named}."));
        var plain = await _data.LoadAsync(edition.Id(), $"indicator,area,period,value,gender\n{_totals},KEN,2024,5,F\n").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(plain["errors"]![0]!.Str("message"), Does.Contain("'gender'"));
    }

    [Test]
    public async Task BadBreakdownCodes_UnitMultipliersAndFrequencies_AreRowErrors()
    {
        var edition = await _data.CreateEditionAsync(_datasetId, $"bad-{Unique()}", "2025-01-10");
        var problem = await _data.LoadAsync(edition.Id(), $"""
            STRUCTURE,STRUCTURE_ID,ACTION,FREQ,INDICATOR,REF_AREA,SEX,AGE,TIME_PERIOD,OBS_VALUE,UNIT_MULT
            dataflow,IOM:DF_MIGRATION_DATA(1.0),I,A,{_bySex},KEN,W,_T,2024,1,
            dataflow,IOM:DF_MIGRATION_DATA(1.0),I,A,{_bySex},KEN,F,15-19,2024,1,
            dataflow,IOM:DF_MIGRATION_DATA(1.0),I,A,{_bySex},KEN,M,_T,2024,1,thousands
            dataflow,IOM:DF_MIGRATION_DATA(1.0),I,Q,{_bySex},KEN,_T,_T,2024,1,
            """, "application/vnd.sdmx.data+csv").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem["errors"]!.AsArray().Select(e => e!.Str("column")), Is.EqualTo(new[] { "SEX", "AGE", "UNIT_MULT", "FREQ" }));
    }

    [Test]
    public async Task BilateralStocks_AreHeldByOrigin_WhichResolvesLikeAnyArea()
    {
        var edition = await _data.CreateEditionAsync(_datasetId, $"bilateral-{Unique()}", "2025-01-10");
        await _data.LoadAndReleaseAsync(edition.Id(), $"""
            indicator,area,origin,period,value,status
            {_bilateral},KEN,_T,2024,900,
            {_bilateral},KEN,UG,2024,400,
            {_bilateral},KEN,SOM,2024,300,E
            {_bilateral},KEN,231,2024,200,
            """);
        var fromUganda = await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator={_bilateral}&areas=KEN&origin=800").ExpectAsync(HttpStatusCode.OK);
        var all = await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator={_bilateral}&areas=KEN&origin=all").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(fromUganda["items"]!.AsArray().Select(i => $"{i!.Str("origin")} {i!["value"]!.GetValue<double>()}"), Is.EqualTo(new[] { "UGA 400" }));
            Assert.That(all["items"]!.AsArray().Select(i => i!.Str("origin")), Is.EqualTo(new[] { "ETH", "SOM", "UGA", "_T" }));
            Assert.That(all["items"]!.AsArray().Single(i => i!.Str("origin") == "SOM")!.Str("status"), Is.EqualTo("estimated"), "SDMX's E is read in plain CSV too");
        });
        await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator={_bilateral}&areas=KEN&origin=ZZZ").ExpectFieldErrorsAsync("origin");
    }
}
