using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>The vendored IATI 2.03 activity schema and code lists (Schemas/iati-2.03, offline).</summary>
public static class IatiSchema
{
    private static readonly string Folder = OfflineSchemas.Folder("iati-2.03");

    private static readonly Lazy<XmlSchemaSet> Activities = new(() =>
        OfflineSchemas.Compile(new XmlUrlResolver(), Path.Combine(Folder, "iati-activities-schema.xsd")));

    /// <summary>Every error and warning the schema finds in <paramref name="document"/>.</summary>
    public static List<string> Violations(XDocument document) => OfflineSchemas.Violations(document, Activities.Value);

    /// <summary>The codes of an IATI code list.</summary>
    public static HashSet<string> Codes(string codelist) =>
        [.. XDocument.Load(Path.Combine(Folder, "codelists", codelist + ".xml")).Descendants("code").Select(c => c.Value)];
}
