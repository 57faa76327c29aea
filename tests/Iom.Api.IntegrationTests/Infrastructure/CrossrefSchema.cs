using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>The vendored Crossref 5.3.1 deposit schema (Schemas/crossref-5.3.1), resolved offline.</summary>
public static class CrossrefSchema
{
    private static readonly string Folder = OfflineSchemas.Folder("crossref-5.3.1");

    // The JATS modules import xml, xlink, ALI and MathML without a location: they go in the set first.
    private static readonly Lazy<XmlSchemaSet> Deposit = new(() => OfflineSchemas.Compile(
        new OfflineResolver(),
        [.. new[] { "xml.xsd", "xlink.xsd", "module-ali.xsd", "mathml3/mathml3.xsd" }.Select(m => Path.Combine(Folder, "standard-modules", m)), Path.Combine(Folder, "crossref5.3.1.xsd")]));

    /// <summary>Every error and warning the schema finds in <paramref name="document"/>.</summary>
    public static List<string> Violations(XDocument document) => OfflineSchemas.Violations(document, Deposit.Value);

    // Files of the folder only; the MathML schema that common5.3.1.xsd names on w3.org is the copy in standard-modules.
    private sealed class OfflineResolver : XmlUrlResolver
    {
        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
            relativeUri is not null && relativeUri.StartsWith("http://www.w3.org/Math/XMLSchema/mathml3/", StringComparison.Ordinal)
                ? new Uri(Path.Combine(Folder, "standard-modules", "mathml3", relativeUri[relativeUri.LastIndexOf('/')..].TrimStart('/')))
                : base.ResolveUri(baseUri, relativeUri);

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            absoluteUri.IsFile ? base.GetEntity(absoluteUri, role, ofObjectToReturn) : throw new XmlException($"offline: {absoluteUri}");
    }
}
