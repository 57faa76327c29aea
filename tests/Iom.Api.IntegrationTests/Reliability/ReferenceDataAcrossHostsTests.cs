using System.Net;
using System.Net.Http.Headers;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Reliability;

/// <summary>
/// Two hosts on one SQLite folder, each with its own indicator cache: a code added through one is found, and loaded,
/// through the other, which had read its cache before the code existed.
/// </summary>
public sealed class ReferenceDataAcrossHostsTests
{
    [Test]
    public async Task AnIndicatorAddedOnOneHost_IsFoundAndLoadedOnAnother()
    {
        var folder = Directory.CreateTempSubdirectory("iom-two-hosts-").FullName;
        var settings = new Dictionary<string, string?> { ["Database:Sqlite:Directory"] = folder };
        try
        {
            await using var first = new ApiFactory("Sqlite", null, settings);
            await using var second = new ApiFactory("Sqlite", null, settings);
            using var a = Client(first);
            using var b = Client(second);

            await a.CreateIndicatorAsync("Known_Stock");
            var (datasetId, _) = await a.CreateDatasetAsync("DS-HOSTS");
            var edition = await a.CreateEditionAsync(datasetId, "2024", "2024-01-10");
            await b.GetAsync($"{MigrationDataApi.Root}/indicators/Known_Stock").ExpectAsync(HttpStatusCode.OK);

            await a.CreateIndicatorAsync("Added_Stock");
            var report = await b.LoadAsync(edition.Id(), "indicator,area,period,value\nAdded_Stock,KEN,2020,1200\n").ExpectAsync(HttpStatusCode.OK);
            Assert.That((int)report["rowsLoaded"]!, Is.EqualTo(1), "a load reads the codes afresh");

            await a.CreateIndicatorAsync("Later_Stock");
            var found = await b.GetAsync($"{MigrationDataApi.Root}/indicators/later_stock").ExpectAsync(HttpStatusCode.OK);
            Assert.That(found.Str("code"), Is.EqualTo("Later_Stock"), "a missing code is looked for again");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static HttpClient Client(ApiFactory factory)
    {
        var client = factory.CreateCheckedClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("analyst", TestTokens.MigrationDataAll));
        return client;
    }
}
