using Iom.SharedKernel.Text;

namespace Iom.Api.Tests.SharedKernel;

/// <summary>One convention for codes in every module: countries in any ISO 3166-1 or M49 form, languages in any case.</summary>
public sealed class CodesTests
{
    [TestCase("KEN", "KEN")]
    [TestCase("ke", "KEN")]
    [TestCase(" Ke ", "KEN")]
    [TestCase("404", "KEN")]
    [TestCase("4", "AFG")]
    [TestCase("040", "AUT")]
    [TestCase("CIV", "CIV")]
    public void ACountry_IsFoundByAnyOfItsCodes_AndAnsweredInAlpha3(string code, string alpha3)
    {
        Assert.That(Countries.TryFind(code, out var country), Is.True);
        Assert.That(country.Alpha3, Is.EqualTo(alpha3));
        Assert.That(Countries.Canonical(code), Is.EqualTo(alpha3));
    }

    [TestCase("ZZ")]
    [TestCase("ZZZ")]
    [TestCase("999")]
    [TestCase("")]
    [TestCase(null)]
    public void AnythingElse_IsNotACountry(string? code) => Assert.That(Countries.TryFind(code, out _), Is.False);

    [Test]
    public void TheStandardsThatWantAlpha2_GetIt()
    {
        Countries.TryFind("UGA", out var uganda);
        Assert.That((uganda.Alpha2, uganda.M49), Is.EqualTo(("UG", "800")));
    }

    [TestCase("FR", true, "fr")]
    [TestCase("De", true, "de")]
    [TestCase("xx", false, "xx")]
    public void Languages_AreTakenInAnyCase_AndKeptInLowerCase(string code, bool valid, string kept)
    {
        Assert.That(Languages.IsIso6391(code), Is.EqualTo(valid));
        Assert.That(Languages.Normalize(code), Is.EqualTo(kept));
    }
}
