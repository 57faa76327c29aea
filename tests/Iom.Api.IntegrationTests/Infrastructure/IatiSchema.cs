using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>The vendored IATI 2.03 activity schema and code lists (Schemas/iati-2.03, offline).</summary>
public static class IatiSchema
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Schemas", "iati-2.03");

    private static readonly Lazy<XmlSchemaSet> Activities = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using var reader = XmlReader.Create(Path.Combine(Folder, "iati-activities-schema.xsd"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        set.Add(null, reader);
        set.Compile();
        return set;
    });

    /// <summary>Every error and warning the schema finds in <paramref name="document"/>.</summary>
    public static List<string> Violations(XDocument document)
    {
        var found = new List<string>();
        document.Validate(Activities.Value, (_, e) => found.Add($"{e.Severity}: {e.Message}"));
        return found;
    }

    /// <summary>The codes of an IATI code list.</summary>
    public static HashSet<string> Codes(string codelist) =>
        [.. XDocument.Load(Path.Combine(Folder, "codelists", codelist + ".xml")).Descendants("code").Select(c => c.Value)];
}
