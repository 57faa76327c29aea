using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>The vendored Crossref 5.3.1 deposit schema (Schemas/crossref-5.3.1), resolved offline.</summary>
public static class CrossrefSchema
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Schemas", "crossref-5.3.1");

    private static readonly Lazy<XmlSchemaSet> Deposit = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new OfflineResolver() };
        // The JATS modules import these namespaces without a location: they must be in the set first.
        foreach (var module in new[] { "xml.xsd", "xlink.xsd", "module-ali.xsd", "mathml3/mathml3.xsd", })
        {
            Add(set, Path.Combine(Folder, "standard-modules", module));
        }

        Add(set, Path.Combine(Folder, "crossref5.3.1.xsd"));
        set.Compile();
        return set;
    });

    /// <summary>Every error and warning the schema finds in <paramref name="document"/>.</summary>
    public static List<string> Violations(XDocument document)
    {
        var found = new List<string>();
        document.Validate(Deposit.Value, (_, e) => found.Add($"{e.Severity}: {e.Message}"));
        return found;
    }

    private static void Add(XmlSchemaSet set, string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new OfflineResolver() });
        set.Add(null, reader);
    }

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
