using Iom.SharedKernel.Text;
using Microsoft.AspNetCore.Http;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>Observations as JSON, or streamed as CSV or SDMX-CSV when the query asks for an export.</summary>
internal static class ObservationAnswers
{
    public static async Task<IResult> AnswerAsync(ObservationResult result, string? format, HttpContext http, CancellationToken ct)
    {
        if (result.Rows is null)
        {
            return Results.Ok(result.Page);
        }

        await ObservationCsv.WriteAsync(http.Response, result.Rows, EnumText.ParseOptional<ExportFormat>(format) ?? ExportFormat.Csv, result.FileName, ct);
        return Results.Empty;
    }
}
