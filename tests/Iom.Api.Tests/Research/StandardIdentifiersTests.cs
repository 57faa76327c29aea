using Iom.Modules.Research.Identifiers;

namespace Iom.Api.Tests.Research;

/// <summary>Check digits of the identifiers publications carry, with real identifiers and one-digit corruptions of them.</summary>
public sealed class StandardIdentifiersTests
{
    [TestCase("978-92-9068-675-0", "9789290686750")]
    [TestCase("9789290686767", "9789290686767")]
    [TestCase("978 0 306 40615 7", "9780306406157")]
    [TestCase("979-10-90636-07-1", "9791090636071")]
    public void Isbn13_WithTheRightCheckDigit_IsNormalisedToDigits(string text, string expected) =>
        Assert.That(StandardIdentifiers.NormalizeIsbn13(text), Is.EqualTo(expected));

    [TestCase("978-92-9068-675-1")]
    [TestCase("978-0-306-40615-8")]
    [TestCase("977-0-306-40615-7")]
    [TestCase("0-306-40615-2")]
    [TestCase("978-92-9068-675-X")]
    [TestCase("")]
    public void Isbn13_WithAWrongCheckDigitPrefixOrLength_IsRefused(string text) =>
        Assert.That(StandardIdentifiers.NormalizeIsbn13(text), Is.Null);

    [TestCase("1607-338X", "1607-338X")]
    [TestCase("1607338x", "1607-338X")]
    [TestCase("0317-8471", "0317-8471")]
    [TestCase("2227 5320", "2227-5320")]
    public void Issn_WithTheRightCheckCharacter_IsNormalised(string text, string expected) =>
        Assert.That(StandardIdentifiers.NormalizeIssn(text), Is.EqualTo(expected));

    [TestCase("1607-3381")]
    [TestCase("0317-8472")]
    [TestCase("0317-847")]
    [TestCase("X317-8471")]
    public void Issn_WithAWrongCheckCharacter_IsRefused(string text) =>
        Assert.That(StandardIdentifiers.NormalizeIssn(text), Is.Null);

    [TestCase("0000-0002-1825-0097", "0000-0002-1825-0097")]
    [TestCase("https://orcid.org/0000-0001-5109-3700", "0000-0001-5109-3700")]
    [TestCase("0000-0002-1694-233x", "0000-0002-1694-233X")]
    public void Orcid_WithTheRightCheckCharacter_IsNormalised(string text, string expected) =>
        Assert.That(StandardIdentifiers.NormalizeOrcid(text), Is.EqualTo(expected));

    [TestCase("0000-0002-1825-0098")]
    [TestCase("0000-0002-1694-2330")]
    [TestCase("0000000218250097")]
    [TestCase("0000-0002-1825-009")]
    public void Orcid_WithAWrongCheckCharacterOrShape_IsRefused(string text) =>
        Assert.That(StandardIdentifiers.NormalizeOrcid(text), Is.Null);

    [TestCase("10.18356/9789213588192", "10.18356/9789213588192")]
    [TestCase("https://doi.org/10.1000/xyz(123)", "10.1000/xyz(123)")]
    [TestCase("doi:10.1234/ABC.def-1", "10.1234/ABC.def-1")]
    public void Doi_IsAcceptedWithOrWithoutItsResolverPrefix(string text, string expected) =>
        Assert.That(StandardIdentifiers.NormalizeDoi(text), Is.EqualTo(expected));

    [TestCase("10.12/short-prefix")]
    [TestCase("11.1234/not-a-doi")]
    [TestCase("10.1234/has space")]
    public void Doi_OutsideCrossrefsSyntax_IsRefused(string text) =>
        Assert.That(StandardIdentifiers.NormalizeDoi(text), Is.Null);
}
