using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Contract;

/// <summary>The RFC 4180 reader the export tests use: what it accepts, and the planted breaks it catches.</summary>
public sealed class Rfc4180Tests
{
    [Test]
    public void AcceptsQuotedFieldsWithCommasQuotesAndLineBreaks_AndUtf8()
    {
        var records = Rfc4180.Records("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nCôte d'Ivoire,,\r\n");
        Assert.That(records, Is.EqualTo(new[] { new[] { "a", "b", "c" }, new[] { "x, y", "say \"hi\"", "two\r\nlines" }, new[] { "Côte d'Ivoire", "", "" } }));
    }

    [TestCase("a,b\n1,2\r\n", "bare LF")]
    [TestCase("a,b\r\n1,2\n", "bare LF")]
    [TestCase("a,b\r1,2\r\n", "bare CR")]
    [TestCase("a,b\r\n1,2,3\r\n", "3 fields")]
    [TestCase("a,b\r\n1,x\"y\r\n", "quote inside")]
    [TestCase("a,b\r\n1,\"open\r\n", "not closed")]
    [TestCase("a,b\r\n\"1\"x,2\r\n", "after a closing quote")]
    public void CatchesThePlantedBreak(string text, string expected)
    {
        var (_, violation) = Rfc4180.Read(text);
        Assert.That(violation, Does.Contain(expected));
    }
}
