namespace Iom.Modules.Research.Exports;

/// <summary>Who deposits with Crossref, and where the DOIs resolve to. Section <c>Research:Crossref</c>.</summary>
internal sealed class CrossrefOptions
{
    public const string Section = "Research:Crossref";

    public string DepositorName { get; set; } = "International Organization for Migration";

    public string DepositorEmail { get; set; } = "publications@iom.int";

    /// <summary>Landing pages: {ResourceBaseUrl}{publication code}/{language}/{format}.</summary>
    public string ResourceBaseUrl { get; set; } = "https://publications.iom.int/";
}
