using System.Globalization;
using System.Xml.Linq;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>
/// The SDMX 3.0 structure that the observation exports name (IOM:DF_MIGRATION_DATA(1.0)): the dataflow, its data structure
/// definition with the dimensions, measure and attributes in the order of the SDMX-CSV columns, the concept scheme, and
/// the code lists of the coded components. Indicator and area codes are not SDMX identifiers (SM.POP.TOTL has dots,
/// m49:001 a colon), so those dimensions are text with a pattern instead of an enumeration; AGE's codes follow a pattern too.
/// </summary>
internal static class SdmxStructure
{
    public const string Agency = "IOM";
    public const string Version = "1.0";
    public const string DataflowId = "DF_MIGRATION_DATA";
    public const string DataStructureId = "DSD_MIGRATION_DATA";
    public const string ConceptSchemeId = "CS_MIGRATION_DATA";
    public const string MediaType = "application/vnd.sdmx.structure+xml; version=3.0.0";

    public static readonly XNamespace Message = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message";
    public static readonly XNamespace Structure = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/structure";
    public static readonly XNamespace Common = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common";

    /// <summary>A dimension or attribute: its id, name, and either a code list (code → name) or a text pattern.</summary>
    private sealed record Component(string Id, string Name, IReadOnlyList<(string Code, string Name)>? Codes, string? Pattern);

    private const string AreaPattern = "[A-Z]{3}|[a-z][A-Za-z0-9]*:[A-Za-z0-9]+|_T";

    // In the order of ObservationCsv.SdmxColumns after STRUCTURE, STRUCTURE_ID and ACTION.
    private static readonly Component[] Dimensions =
    [
        new("FREQ", "Frequency", [("A", "Annual"), ("Q", "Quarterly"), ("M", "Monthly")], null),
        new("INDICATOR", "Indicator", null, "[A-Za-z0-9][A-Za-z0-9._-]*"),
        new("REF_AREA", "Reference area", null, AreaPattern),
        new("SEX", "Sex", [("F", "Female"), ("M", "Male"), ("_T", "Total")], null),
        new("AGE", "Age", null, "_T|Y[0-9]{1,3}T[0-9]{1,3}|Y_GE[0-9]{1,3}|Y_LT[0-9]{1,3}|Y[0-9]{1,3}"),
        new("COUNTERPART_AREA", "Area of origin", null, AreaPattern),
    ];

    private static readonly Component[] Attributes =
    [
        new("OBS_STATUS", "Observation status", [("A", "Normal value"), ("E", "Estimated value"), ("P", "Provisional value"), ("B", "Time series break"), ("M", "Missing value")], null),
        new("DATASET", "Dataset", null, "[A-Z0-9][A-Z0-9._-]*"),
        new("EDITION", "Edition", null, "[A-Za-z0-9][A-Za-z0-9 ._-]*"),
    ];

    public static string Urn(string package, string @class, string id) => $"urn:sdmx:org.sdmx.infomodel.{package}.{@class}={Agency}:{id}({Version})";

    public static XDocument Document(DateTimeOffset prepared)
    {
        var coded = Dimensions.Concat(Attributes).Where(c => c.Codes is not null).ToList();
        var structures = new XElement(Message + "Structures",
            new XElement(Structure + "Codelists", coded.Select(Codelist)),
            new XElement(Structure + "Concepts", ConceptScheme()),
            new XElement(Structure + "DataStructures", DataStructure()),
            new XElement(Structure + "Dataflows",
                Artefact("Dataflow", DataflowId, "Migration data (GMDAC)",
                    new XElement(Structure + "Structure", Urn("datastructure", "DataStructure", DataStructureId)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Message + "Structure",
                new XAttribute(XNamespace.Xmlns + "mes", Message), new XAttribute(XNamespace.Xmlns + "str", Structure), new XAttribute(XNamespace.Xmlns + "com", Common),
                new XElement(Message + "Header",
                    new XElement(Message + "ID", "IOM_MIGRATION_DATA_STRUCTURE"),
                    new XElement(Message + "Test", "false"),
                    new XElement(Message + "Prepared", prepared.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                    new XElement(Message + "Sender", new XAttribute("id", Agency))),
                structures));
    }

    private static XElement Artefact(string element, string id, string name, params object[] content) =>
        new(Structure + element, new XAttribute("id", id), new XAttribute("agencyID", Agency), new XAttribute("version", Version),
            Name(name), content);

    private static XElement Name(string text) => new(Common + "Name", new XAttribute(XNamespace.Xml + "lang", "en"), text);

    private static XElement Codelist(Component component) =>
        Artefact("Codelist", "CL_" + component.Id, component.Name,
            component.Codes!.Select(c => new XElement(Structure + "Code", new XAttribute("id", c.Code), Name(c.Name))));

    private static XElement ConceptScheme() =>
        Artefact("ConceptScheme", ConceptSchemeId, "Migration data concepts",
            Dimensions.Concat(Attributes).Append(new Component("TIME_PERIOD", "Time period", null, null)).Append(new Component("OBS_VALUE", "Observation value", null, null))
                .Select(c => new XElement(Structure + "Concept", new XAttribute("id", c.Id), Name(c.Name))));

    private static XElement DataStructure() =>
        Artefact("DataStructure", DataStructureId, "Migration data: an indicator by area, sex, age and origin over time",
            new XElement(Structure + "DataStructureComponents",
                new XElement(Structure + "DimensionList", new XAttribute("id", "DimensionDescriptor"),
                    Dimensions.Select((d, i) => new XElement(Structure + "Dimension", new XAttribute("id", d.Id), new XAttribute("position", i + 1), Identity(d.Id), Representation(d))),
                    new XElement(Structure + "TimeDimension", new XAttribute("id", "TIME_PERIOD"), Identity("TIME_PERIOD"),
                        new XElement(Structure + "LocalRepresentation", new XElement(Structure + "TextFormat", new XAttribute("textType", "ObservationalTimePeriod"))))),
                new XElement(Structure + "AttributeList", new XAttribute("id", "AttributeDescriptor"),
                    Attributes.Select(a => new XElement(Structure + "Attribute", new XAttribute("id", a.Id), new XAttribute("usage", a.Id == "OBS_STATUS" ? "mandatory" : "optional"),
                        Identity(a.Id), Representation(a),
                        new XElement(Structure + "AttributeRelationship", new XElement(Structure + "Observation"))))),
                new XElement(Structure + "MeasureList", new XAttribute("id", "MeasureDescriptor"),
                    new XElement(Structure + "Measure", new XAttribute("id", "OBS_VALUE"), Identity("OBS_VALUE"),
                        new XElement(Structure + "LocalRepresentation", new XElement(Structure + "TextFormat", new XAttribute("textType", "Double")))))));

    private static XElement Identity(string concept) =>
        new(Structure + "ConceptIdentity", $"urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept={Agency}:{ConceptSchemeId}({Version}).{concept}");

    private static XElement Representation(Component component) =>
        new(Structure + "LocalRepresentation", component.Codes is not null
            ? new XElement(Structure + "Enumeration", Urn("codelist", "Codelist", "CL_" + component.Id))
            : new XElement(Structure + "TextFormat", new XAttribute("textType", "String"), new XAttribute("pattern", component.Pattern!)));
}
