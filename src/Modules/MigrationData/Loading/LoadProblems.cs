using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Microsoft.AspNetCore.Http;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>422 carrying the load report: some rows failed, so nothing was written.</summary>
internal sealed class LoadRejectedException : ApiException
{
    public LoadRejectedException(LoadReport report)
        : base("Load rejected", $"{report.ErrorCount} of {report.RowsRead} rows failed validation; nothing was written.")
    {
        Extensions["format"] = report.Format.ToText();
        Extensions["rowsRead"] = report.RowsRead;
        Extensions["rowsLoaded"] = 0;
        Extensions["errorCount"] = report.ErrorCount;
        Extensions["errors"] = report.Errors;
    }

    public override int StatusCode => StatusCodes.Status422UnprocessableEntity;

    public override string Code => "load-rejected";
}
