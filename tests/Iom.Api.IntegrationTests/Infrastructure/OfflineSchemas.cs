using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>Schemas vendored under the test output's Schemas/ folder, compiled from local files only.</summary>
internal static class OfflineSchemas
{
    public static string Folder(string standard) => Path.Combine(AppContext.BaseDirectory, "Schemas", standard);

    /// <summary>A compiled set of <paramref name="paths"/>, in order, resolving locations through <paramref name="resolver"/>.</summary>
    public static XmlSchemaSet Compile(XmlResolver resolver, params string[] paths)
    {
        var set = new XmlSchemaSet { XmlResolver = resolver };
        foreach (var path in paths)
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = resolver });
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    /// <summary>Every error and warning <paramref name="schemas"/> find in <paramref name="document"/>.</summary>
    public static List<string> Violations(XDocument document, XmlSchemaSet schemas)
    {
        var found = new List<string>();
        document.Validate(schemas, (_, e) => found.Add($"{e.Severity}: {e.Message}"));
        return found;
    }
}
