using System.Globalization;
using System.Xml.Linq;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Manifestations;
using Iom.Modules.Research.Series;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

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
