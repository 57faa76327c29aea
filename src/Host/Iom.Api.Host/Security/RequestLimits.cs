namespace Iom.Api.Host.Security;

/// <summary>The <c>Limits</c> section.</summary>
internal sealed class RequestLimitOptions
{
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;
}

/// <summary>A body larger than the limit is a 413 before anything reads it (and Kestrel stops a chunked one at the limit).</summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptions<RequestLimitOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        // An endpoint may declare its own limit (bulk uploads); routing has run, so its metadata is known here.
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException($"The body may have at most {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
