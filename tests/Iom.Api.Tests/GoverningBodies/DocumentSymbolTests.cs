using Iom.Modules.GoverningBodies.Symbols;

namespace Iom.Api.Tests.GoverningBodies;

public sealed class DocumentSymbolTests
{
    // Real IOM symbols (domain-research.md §1.1) and their normal forms.
    [TestCase("C/115/4/Rev.2", "C/115/4/Rev.2", "C/115", null, 4, null, 2, null, "C/115/4")]
    [TestCase("C/115/L/6/Rev.1", "C/115/L/6/Rev.1", "C/115", "L", 6, null, 1, null, "C/115/L/6")]
    [TestCase("C/Sp/7/L/1", "C/Sp/7/L/1", "C/Sp/7", "L", 1, null, null, null, "C/Sp/7/L/1")]
    [TestCase("C/115/RES/1412", "C/115/RES/1412", "C/115", "RES", 1412, null, null, null, "C/115/RES/1412")]
    [TestCase("S/34/5", "S/34/5", "S/34", null, 5, null, null, null, "S/34/5")]
    [TestCase("MC/INF/293", "MC/INF/293", null, "INF", 293, null, null, null, "MC/INF/293")]
    [TestCase("MC/2398/Rev.1", "MC/2398/Rev.1", null, null, 2398, null, 1, null, "MC/2398")]
    [TestCase("C/106/54/Rev.1", "C/106/54/Rev.1", "C/106", null, 54, null, 1, null, "C/106/54")]
    [TestCase("C/115/4/Rev.2/Corr.1", "C/115/4/Rev.2/Corr.1", "C/115", null, 4, null, 2, 1, "C/115/4")]
    [TestCase("C/115/9/Add.1", "C/115/9/Add.1", "C/115", null, 9, 1, null, null, "C/115/9/Add.1")]
    [TestCase("C/115/9/Add.1/Rev.1/Corr.2", "C/115/9/Add.1/Rev.1/Corr.2", "C/115", null, 9, 1, 1, 2, "C/115/9/Add.1")]
    [TestCase(" c / 115 / 4 / rev.2 ", "C/115/4/Rev.2", "C/115", null, 4, null, 2, null, "C/115/4")]
    [TestCase("c/sp/7/l/1", "C/Sp/7/L/1", "C/Sp/7", "L", 1, null, null, null, "C/Sp/7/L/1")]
    [TestCase("C/115/4/REV 2", "C/115/4/Rev.2", "C/115", null, 4, null, 2, null, "C/115/4")]
    [TestCase("s/34/crp/3", "S/34/CRP/3", "S/34", "CRP", 3, null, null, null, "S/34/CRP/3")]
    public void TryParse_WithRealSymbols_NormalisesAndTakesApart(
        string input, string normal, string? prefix, string? component, int number, int? addendum, int? revision, int? corrigendum, string chain)
    {
        Assert.That(DocumentSymbol.TryParse(input, out var symbol, out var error), Is.True, error);
        Assert.Multiple(() =>
        {
            Assert.That(symbol!.ToString(), Is.EqualTo(normal));
            Assert.That(symbol.SessionPrefix, Is.EqualTo(prefix));
            Assert.That(symbol.Component, Is.EqualTo(component));
            Assert.That(symbol.Number, Is.EqualTo(number));
            Assert.That(symbol.Addendum, Is.EqualTo(addendum));
            Assert.That(symbol.Revision, Is.EqualTo(revision));
            Assert.That(symbol.Corrigendum, Is.EqualTo(corrigendum));
            Assert.That(symbol.ChainSymbol, Is.EqualTo(chain));
        });
    }

    [TestCase("", "required")]
    [TestCase("A/70/1", "starts with C")]
    [TestCase("C", "session number")]
    [TestCase("C/115", "document number")]
    [TestCase("C/abc/4", "session number")]
    [TestCase("C/0/4", "session number")]
    [TestCase("C/115/04", "document number")]
    [TestCase("C/115/L", "after L")]
    [TestCase("C/115/4/Rev", "modifier")]
    [TestCase("C/115/4/Rev.0", "1 to 99")]
    [TestCase("C/115/4/Corr.1/Rev.1", "order")]
    [TestCase("C/115/4/Rev.1/Rev.2", "order")]
    [TestCase("C/115/4/Summary", "modifier")]
    [TestCase("S/Sp/3/1", "session number")]
    [TestCase("MC//293", "document number")]
    [TestCase("C/115/4/Rev.2/", "modifier")]
    public void TryParse_WithInvalidSymbols_SaysWhatIsWrong(string input, string expectedFragment)
    {
        Assert.That(DocumentSymbol.TryParse(input, out var symbol, out var error), Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(symbol, Is.Null);
            Assert.That(error, Does.Contain(expectedFragment).IgnoreCase);
        });
    }

    [Test]
    public void TryParse_RejectsSymbolsLongerThanTheLimit() =>
        Assert.That(DocumentSymbol.TryParse("C/115/" + new string('1', 60), out _, out var error), Is.False, error);

    [TestCase("C/115", "C/115")]
    [TestCase("c/sp/7", "C/Sp/7")]
    [TestCase("S/34", "S/34")]
    public void TryParsePrefix_AcceptsSessionPrefixes(string input, string expected)
    {
        Assert.That(DocumentSymbol.TryParsePrefix(input, out var prefix, out var error), Is.True, error);
        Assert.That(prefix, Is.EqualTo(expected));
    }

    [TestCase("C/115/4")]
    [TestCase("MC")]
    [TestCase("X/1")]
    public void TryParsePrefix_RejectsAnythingButSeriesAndSession(string input) =>
        Assert.That(DocumentSymbol.TryParsePrefix(input, out _, out _), Is.False);

    [Test]
    public void CorrectedSymbol_OfACorrigendum_IsTheRevisionItCorrects()
    {
        var symbol = DocumentSymbol.Parse("C/115/4/Rev.2/Corr.1");
        Assert.That(symbol.CorrectedSymbol, Is.EqualTo("C/115/4/Rev.2"));
    }

    [Test]
    public void SortKeys_OrderSymbolsByNumber_AndRevisionsAfterTheirOriginal()
    {
        string[] symbols = ["C/115/10", "C/115/4/Rev.1", "C/115/4", "C/115/RES/1412", "C/115/4/Rev.10", "C/115/4/Rev.2", "C/116/1"];
        Assert.That(symbols.OrderBy(DocumentSymbol.SortKey, StringComparer.Ordinal),
            Is.EqualTo(new[] { "C/115/4", "C/115/4/Rev.1", "C/115/4/Rev.2", "C/115/4/Rev.10", "C/115/10", "C/115/RES/1412", "C/116/1" }));
    }
}
