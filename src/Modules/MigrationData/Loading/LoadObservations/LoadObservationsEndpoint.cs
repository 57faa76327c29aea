using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Data;
using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>
/// Bulk loads. The body is first copied to a file as it arrives (memory does not grow with it); a small file then loads
/// while the request waits (200 with the report, or 422 with the errors), a large one (or any sent with
/// <c>Prefer: respond-async</c>) becomes a job (202 with its status resource).
/// </summary>
internal static class LoadObservationsEndpoint
{
    /// <summary>The hard ceiling routing enforces; the configured MaxLoadBytes is checked while the body is copied.</summary>
    private const long UploadCeilingBytes = 4L * 1024 * 1024 * 1024;

    public static void Map(RouteGroupBuilder module)
    {
        module.MapPost("/editions/{id:guid}/observations", LoadAsync)
            .WithName("MigrationData_LoadObservations")
            .WithSummary("Load a CSV or SDMX-CSV file of observations into a draft edition: every row or none")
            .WithDescription("Body: text/csv with the header " + RowLayout.CsvHeader + ", or application/vnd.sdmx.data+csv (SDMX-CSV 2.0 with "
                + RowLayout.SdmxHeader + ", or 1.0 with DATAFLOW). A column the loader does not know refuses the file; UNIT_MULT scales the value (3: thousands); "
                + "sex, age and origin need the indicator to declare them. Areas take ISO alpha-3, alpha-2 or M49 "
                + "codes, or scheme:code for regions. 409 unless the edition is a draft. Files over MigrationData:SynchronousLoadMaxBytes, or sent with Prefer: respond-async, run as a job.")
            .WithMetadata(new RequestBodyLimit(UploadCeilingBytes), new CsvUpload(UploadCeilingBytes))
            .Produces<LoadReport>()
            .Produces<LoadJobDetails>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> LoadAsync(
        Guid id, HttpContext http, MigrationDataDatabase db, ObservationLoader loader, LoadJobs jobs, ICurrentUser user, IOptions<MigrationDataOptions> options, CancellationToken ct)
    {
        await using (var read = await db.ReadLatestAsync(ct))
        {
            (await EditionRow.GetAsync(read, id, ct)).EnsureDraft();
        }

        var mediaType = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not (ObservationCsv.CsvMediaType or "application/vnd.sdmx.data+csv"))
        {
            throw new UnsupportedMediaTypeException("Send text/csv or application/vnd.sdmx.data+csv.");
        }

        var settings = options.Value;
        var uploadId = SequentialIds.Next(db.Dialect.Provider);
        var path = settings.UploadPath(uploadId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var keep = false;
        try
        {
            var bytes = await SpoolAsync(http.Request.Body, path, settings.MaxLoadBytes, ct);
            var preferAsync = http.Request.Headers["Prefer"].Any(p => p?.Contains("respond-async", StringComparison.OrdinalIgnoreCase) == true);
            if (preferAsync || bytes > settings.SynchronousLoadMaxBytes)
            {
                var job = await jobs.EnqueueAsync(id, bytes, uploadId, user.Subject, ct);
                keep = true;
                return Results.Accepted($"{http.Request.PathBase}/api/v1/migration-data/load-jobs/{job.Id}", job);
            }

            var report = await loader.LoadAsync(id, path, null, null, ct);
            return report.Outcome == LoadOutcome.Loaded ? Results.Ok(report) : throw new LoadRejectedException(report);
        }
        finally
        {
            if (!keep)
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<long> SpoolAsync(Stream body, string path, long maxBytes, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new BadHttpRequestException($"A load may have at most {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }
}
