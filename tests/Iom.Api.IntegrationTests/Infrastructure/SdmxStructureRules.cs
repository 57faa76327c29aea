using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The SDMX 3.0 rules a structure message and the SDMX-CSV 2.0 files it describes must keep (SDMX Technical Notes and
/// the SDMX-CSV 2.0 specification): identifiers of the IDType, every URN resolving to an artefact of the message, the
/// CSV's columns being the structure's components in their order, and every coded value a code of its list. No SDMX-ML
/// schema is to hand offline (see the closing note of issue 17), so the rules are checked one by one.
/// </summary>
public static partial class SdmxStructureRules
{
    public static readonly XNamespace Message = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message";
    public static readonly XNamespace Structure = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/structure";

    /// <summary>What is wrong with the message on its own; empty when nothing is.</summary>
    public static List<string> Violations(XDocument message)
    {
        var problems = new List<string>();
        if (message.Root?.Name != Message + "Structure")
        {
            problems.Add($"the root is {message.Root?.Name}, not an SDMX 3.0 Structure message");
            return problems;
        }

        foreach (var header in new[] { "ID", "Test", "Prepared", "Sender" }.Where(h => message.Root.Element(Message + "Header")?.Element(Message + h) is null))
        {
            problems.Add($"the header has no {header}");
        }

        problems.AddRange(message.Descendants().Where(e => e.Attribute("id") is { } id && !IdType().IsMatch(id.Value))
            .Select(e => $"{e.Name.LocalName} id '{e.Attribute("id")!.Value}' is not an SDMX IDType"));
        problems.AddRange(message.Descendants().Where(e => e.Attribute("version") is { } v && !VersionType().IsMatch(v.Value))
            .Select(e => $"{e.Name.LocalName} version '{e.Attribute("version")!.Value}' is not an SDMX version"));
        var artefacts = Urns(message);
        problems.AddRange(message.Descendants().Where(e => e.Name.LocalName is "Enumeration" or "ConceptIdentity" or "Structure" && e.Name.Namespace == Structure)
            .Select(e => e.Value.Trim()).Where(urn => !artefacts.Contains(urn)).Select(urn => $"'{urn}' names nothing in the message"));
        return problems;
    }

    /// <summary>What is wrong with an SDMX-CSV 2.0 file against the data structure of the dataflow it names.</summary>
    public static List<string> Violations(XDocument message, IReadOnlyList<string[]> csv)
    {
        var problems = new List<string>();
        var flow = message.Descendants(Structure + "Dataflow").Single();
        var structureId = $"{flow.Attribute("agencyID")!.Value}:{flow.Attribute("id")!.Value}({flow.Attribute("version")!.Value})";
        var dsd = message.Descendants(Structure + "DataStructure").Single();
        var components = dsd.Descendants(Structure + "Dimension").OrderBy(d => (int)d.Attribute("position")!)
            .Concat(dsd.Descendants(Structure + "TimeDimension")).Concat(dsd.Descendants(Structure + "Measure")).Concat(dsd.Descendants(Structure + "Attribute")).ToList();
        var expected = new[] { "STRUCTURE", "STRUCTURE_ID", "ACTION" }.Concat(components.Select(c => c.Attribute("id")!.Value)).ToList();
        if (!csv[0].SequenceEqual(expected))
        {
            problems.Add($"the columns are {string.Join(",", csv[0])}; the structure's components make {string.Join(",", expected)}");
            return problems;
        }

        var codelists = message.Descendants(Structure + "Codelist").ToDictionary(
            c => $"urn:sdmx:org.sdmx.infomodel.codelist.Codelist={c.Attribute("agencyID")!.Value}:{c.Attribute("id")!.Value}({c.Attribute("version")!.Value})",
            c => c.Elements(Structure + "Code").Select(code => code.Attribute("id")!.Value).ToHashSet());
        foreach (var (row, line) in csv.Skip(1).Select((r, i) => (r, i + 2)))
        {
            if (row[0] != "dataflow" || row[1] != structureId || row[2] is not ("I" or "A" or "R" or "D"))
            {
                problems.Add($"line {line}: STRUCTURE, STRUCTURE_ID, ACTION are {row[0]}, {row[1]}, {row[2]}; expected dataflow, {structureId} and an action");
            }

            foreach (var (component, value) in components.Zip(row.Skip(3)))
            {
                var id = component.Attribute("id")!.Value;
                var representation = component.Element(Structure + "LocalRepresentation");
                if (representation?.Element(Structure + "Enumeration") is { } list && !codelists[list.Value].Contains(value))
                {
                    problems.Add($"line {line}: {id} '{value}' is not a code of {list.Value}");
                }
                else if (representation?.Element(Structure + "TextFormat") is { } format && value.Length > 0 && !Conforms(format, value))
                {
                    problems.Add($"line {line}: {id} '{value}' does not conform to its {format.Attribute("textType")?.Value} format");
                }
            }
        }

        return problems;
    }

    private static bool Conforms(XElement format, string value) => format.Attribute("textType")?.Value switch
    {
        "Double" => double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
        "ObservationalTimePeriod" => TimePeriod().IsMatch(value),
        _ => format.Attribute("pattern") is not { } pattern || Regex.IsMatch(value, $"^(?:{pattern.Value})$"),
    };

    private static HashSet<string> Urns(XDocument message)
    {
        var urns = new HashSet<string>();
        foreach (var artefact in message.Descendants().Where(e => e.Attribute("agencyID") is not null))
        {
            var key = $"{artefact.Attribute("agencyID")!.Value}:{artefact.Attribute("id")!.Value}({artefact.Attribute("version")!.Value})";
            var (package, type) = artefact.Name.LocalName switch
            {
                "Codelist" => ("codelist", "Codelist"),
                "ConceptScheme" => ("conceptscheme", "ConceptScheme"),
                "DataStructure" => ("datastructure", "DataStructure"),
                "Dataflow" => ("datastructure", "Dataflow"),
                var other => ("unknown", other),
            };
            urns.Add($"urn:sdmx:org.sdmx.infomodel.{package}.{type}={key}");
            if (type == "ConceptScheme")
            {
                foreach (var concept in artefact.Elements(Structure + "Concept"))
                {
                    urns.Add($"urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept={key}.{concept.Attribute("id")!.Value}");
                }
            }
        }

        return urns;
    }

    [GeneratedRegex("^[A-Za-z0-9_@$-]+$")]
    private static partial Regex IdType();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+){0,2}$")]
    private static partial Regex VersionType();

    // SDMX's reporting periods as exported here: a year, a quarter or a month.
    [GeneratedRegex("^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$")]
    private static partial Regex TimePeriod();
}
