using System.Net;
using System.Xml.Linq;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.MigrationData;

/// <summary>The SDMX structure the exports name is published, keeps SDMX's rules, and describes the SDMX-CSV files really exported.</summary>
public sealed class SdmxStructureTests(string provider) : ApiTest(provider)
{
    private const string StructureUrl = $"{MigrationDataApi.Root}/sdmx/structure/dataflow/IOM/DF_MIGRATION_DATA/1.0";

    [Test]
    public async Task TheStructure_KeepsSdmxRules_AndDescribesAnExportWithEveryKindOfValue()
    {
        Clock.Set(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        using var data = ClientWith(TestTokens.MigrationDataAll, subject: "gmdac-analyst");
        var indicator = $"SM.SDMX.{Unique()}";
        await data.PostJsonAsync($"{MigrationDataApi.Root}/indicators", new { code = indicator, name = new { en = "Stock" }, unit = "persons", dimensions = new[] { "sex", "age", "origin" } })
            .ExpectAsync(HttpStatusCode.Created);
        var (datasetId, dataset) = await data.CreateDatasetAsync($"SDMX-{Unique()}");
        var edition = await data.CreateEditionAsync(datasetId, "IMS 2024", "2025-01-15");
        await data.LoadAndReleaseAsync(edition.Id(), $"""
            indicator,area,sex,age,origin,period,value,status
            {indicator},KEN,_T,_T,_T,2024,1000,
            {indicator},KEN,F,Y_GE65,UGA,2024,20,estimated
            {indicator},001,M,Y15T19,_T,2024-Q1,7.5,provisional
            {indicator},UGA,_T,_T,_T,2024-03,,missing
            """);

        using var response = await data.GetAsync(StructureUrl);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/vnd.sdmx.structure+xml"));
        var structure = XDocument.Parse(await response.Content.ReadAsStringAsync());
        using var export = await data.GetAsync($"{MigrationDataApi.Root}/observations?indicator={indicator}&areas=all&sex=all&age=all&origin=all&dataset={dataset}&format=sdmxCsv");
        var csv = Rfc4180.Records(await export.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(SdmxStructureRules.Violations(structure), Is.Empty);
            Assert.That(csv, Has.Count.EqualTo(5));
            Assert.That(SdmxStructureRules.Violations(structure, csv), Is.Empty);
        });

        // Planted breaks the rules must catch: a code list gone, a value outside its list, a column out of place, a bad identifier.
        var noSexList = new XDocument(structure);
        noSexList.Descendants(SdmxStructureRules.Structure + "Codelist").Single(c => c.Attribute("id")!.Value == "CL_SEX").Remove();
        var badId = new XDocument(structure);
        badId.Descendants(SdmxStructureRules.Structure + "Concept").First().SetAttributeValue("id", "REF.AREA");
        var badSex = csv.Select(r => r.ToArray()).ToList();
        badSex[1][Array.IndexOf(csv[0], "SEX")] = "X";
        var swapped = csv.Select(r => r.ToArray()).ToList();
        (swapped[0][3], swapped[0][4]) = (swapped[0][4], swapped[0][3]);
        Assert.Multiple(() =>
        {
            Assert.That(SdmxStructureRules.Violations(noSexList), Has.One.Contains("CL_SEX(1.0)' names nothing"));
            Assert.That(SdmxStructureRules.Violations(badId), Has.Some.Contains("is not an SDMX IDType"));
            Assert.That(SdmxStructureRules.Violations(structure, badSex), Has.One.Contains("SEX 'X' is not a code"));
            Assert.That(SdmxStructureRules.Violations(structure, swapped), Has.One.Contains("the columns are"));
        });
    }
}
