using Iom.Modules.MigrationData;
using nietras.SeparatedValues;

namespace Iom.Api.Tests.MigrationData;

/// <summary>The code lists shipped with the module hold together: unique codes, members that exist, groupings that partition.</summary>
public sealed class CodeListTests
{
    private static readonly List<Dictionary<string, string>> Countries = Read("countries.csv");
    private static readonly List<Dictionary<string, string>> Members = Read("region_members.csv");
    private static readonly List<Dictionary<string, string>> Regions = Read("regions.csv");
    private static readonly List<Dictionary<string, string>> Retired = Read("retired_codes.csv");

    [Test]
    public void Countries_HaveUniqueCodesOfTheRightShape_AndNamesInThreeLanguages()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Countries, Has.Count.EqualTo(250));
            Assert.That(Countries.Select(c => c["alpha3"]), Is.Unique.And.All.Match("^[A-Z]{3}$"));
            Assert.That(Countries.Select(c => c["alpha2"]), Is.Unique.And.All.Match("^[A-Z]{2}$"));
            Assert.That(Countries.Select(c => c["m49"]), Is.Unique.And.All.Match("^[0-9]{3}$"));
            Assert.That(Countries.Where(c => c["name_en"].Length == 0 || c["name_fr"].Length == 0 || c["name_es"].Length == 0).Select(c => c["alpha3"]), Is.Empty);
        });
    }

    [Test]
    public void EveryMember_IsAKnownCountry_OfAKnownRegion()
    {
        var countries = Countries.Select(c => c["alpha3"]).ToHashSet();
        var regions = Regions.Select(r => $"{r["scheme"]}:{r["code"]}").ToHashSet();
        Assert.That(Members.Where(m => !countries.Contains(m["alpha3"]) || !regions.Contains($"{m["scheme"]}:{m["region_code"]}")), Is.Empty);
    }

    [TestCase("sdg", 230)]
    [TestCase("wbIncome", 210)]
    [TestCase("iom", 160)]
    public void NoCountry_IsInTwoRegionsOfAPartitioningScheme(string scheme, int atLeast)
    {
        var memberships = Members.Where(m => m["scheme"] == scheme).GroupBy(m => m["alpha3"]).ToList();
        Assert.That(memberships.Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);
        Assert.That(memberships, Has.Count.GreaterThanOrEqualTo(atLeast));
    }

    [Test]
    public void RetiredCodes_NameCurrentSuccessors_AndAreNotInUse()
    {
        var current = Countries.SelectMany(c => new[] { c["alpha3"], c["alpha2"], c["m49"] }).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(Retired.Select(r => r["code"]).Where(current.Contains), Is.Empty);
            Assert.That(Retired.SelectMany(r => r["successors"].Split(' ')).Where(s => !current.Contains(s)), Is.Empty);
        });
    }

    private static List<Dictionary<string, string>> Read(string file)
    {
        using var stream = file == "countries.csv"
            ? Iom.SharedKernel.Text.Countries.CodeList()
            : typeof(MigrationDataModule).Assembly.GetManifestResourceStream($"Iom.Modules.MigrationData.Data.CodeLists.{file}")!;
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(stream);
        var names = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>();
            for (var i = 0; i < names.Count; i++)
            {
                values[names[i]] = row[i].ToString();
            }

            rows.Add(values);
        }

        return rows;
    }
}
