using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.MigrationData;

/// <summary>The code lists shipped with the module, and how any country code resolves.</summary>
public sealed class GeographyTests(string provider) : ApiTest(provider)
{
    private HttpClient _data = null!;

    [OneTimeSetUp]
    public void CreateClient() => _data = ClientWith(TestTokens.MigrationDataAll);

    [OneTimeTearDown]
    public void DisposeClient() => _data.Dispose();

    [TestCase("KEN", "alpha3")]
    [TestCase("ke", "alpha2")]
    [TestCase("404", "m49")]
    public async Task ACountry_ResolvesFromAnyOfItsCodes_AndSaysHow(string code, string scheme)
    {
        var lookup = await _data.GetAsync($"{MigrationDataApi.Root}/areas/{code}").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(lookup.Str("resolvedBy"), Is.EqualTo(scheme));
            Assert.That(lookup["area"]!.Str("code"), Is.EqualTo("KEN"));
            Assert.That(lookup["area"]!.Str("alpha2"), Is.EqualTo("KE"));
            Assert.That(lookup["area"]!.Str("m49"), Is.EqualTo("404"));
            Assert.That(lookup["area"]!["name"]!.Str("en"), Is.EqualTo("Kenya"));
            Assert.That(lookup["regions"]!.AsArray().Select(r => r!.GetValue<string>()), Is.SupersetOf(new[] { "m49:002", "m49:202", "m49:014", "sdg:202", "iom:EHA", "wbIncome:LMC" }));
        });
    }

    [Test]
    public async Task AShortM49Code_IsPadded_AndNamesComeInThreeLanguages()
    {
        var afghanistan = await _data.GetAsync($"{MigrationDataApi.Root}/areas/4").ExpectAsync(HttpStatusCode.OK);
        Assert.That(afghanistan["area"]!.Str("code"), Is.EqualTo("AFG"));
        var ivoire = await _data.GetAsync($"{MigrationDataApi.Root}/areas/CIV").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(ivoire["area"]!["name"]!.Str("fr"), Does.StartWith("Côte"));
            Assert.That(ivoire["area"]!["name"]!.Str("es"), Is.EqualTo("Costa de Marfil"));
        });
    }

    [Test]
    public async Task AFormerCodeWithOneSuccessor_ResolvesToIt_SayingItIsRetired()
    {
        var zaire = await _data.GetAsync($"{MigrationDataApi.Root}/areas/ZAR").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(zaire.Str("resolvedBy"), Is.EqualTo("retired"));
            Assert.That(zaire["area"]!.Str("code"), Is.EqualTo("COD"));
            Assert.That(zaire["retired"]!.Str("name"), Is.EqualTo("Zaire"));
            Assert.That((int)zaire["retired"]!["retiredIn"]!, Is.EqualTo(1997));
        });
    }

    [Test]
    public async Task AFormerCodeWithSeveralSuccessors_ListsThem_AndIsRefusedInQueries()
    {
        var antilles = await _data.GetAsync($"{MigrationDataApi.Root}/areas/ANT").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(antilles["area"], Is.Null);
            Assert.That(antilles["retired"]!["successors"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "BES", "CUW", "SXM" }));
        });
        await _data.GetAsync($"{MigrationDataApi.Root}/areas/XYZ").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Regions_OfEachScheme_HaveTheirMembers()
    {
        var sdg = await _data.GetAsync($"{MigrationDataApi.Root}/regions?scheme=sdg").ExpectAsync(HttpStatusCode.OK);
        Assert.That(sdg["items"]!.AsArray(), Has.Count.EqualTo(8));
        var subSaharan = await _data.GetAsync($"{MigrationDataApi.Root}/regions/m49/202").ExpectAsync(HttpStatusCode.OK);
        Assert.That(subSaharan["members"]!.AsArray().Select(m => m!.GetValue<string>()), Does.Contain("KEN").And.Contain("NGA").And.Not.Contain("EGY"));
        var eastAfrica = await _data.GetAsync($"{MigrationDataApi.Root}/regions/iom/EHA").ExpectAsync(HttpStatusCode.OK);
        Assert.That(eastAfrica["members"]!.AsArray(), Has.Count.EqualTo(10));
        await _data.GetAsync($"{MigrationDataApi.Root}/regions?scheme=continents").ExpectFieldErrorsAsync("scheme");
        await _data.GetAsync($"{MigrationDataApi.Root}/regions/sdg/999").ExpectProblemAsync(HttpStatusCode.NotFound);
        var first = await _data.GetAsync($"{MigrationDataApi.Root}/countries?limit=200").ExpectAsync(HttpStatusCode.OK);
        var rest = await _data.GetAsync($"{MigrationDataApi.Root}/countries?limit=200&cursor={first.Str("nextCursor")}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(first["items"]!.AsArray().Count + rest["items"]!.AsArray().Count, Is.GreaterThanOrEqualTo(249));
        Assert.That(rest["nextCursor"], Is.Null);
    }
}
