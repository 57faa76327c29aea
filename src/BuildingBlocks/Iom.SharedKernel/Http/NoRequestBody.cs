using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Iom.SharedKernel.Http;

/// <summary>
/// Actions that take no body refuse one (400) rather than ignore it: a caller who sends a body expects it to count. Runs
/// as an endpoint filter, so after authentication and authorization (401 and 403 come first).
/// </summary>
public static class NoRequestBody
{
    public static RouteHandlerBuilder RefusesBody(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            if (request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0))
            {
                throw new BadHttpRequestException("This action takes no body: send the request without one.", StatusCodes.Status400BadRequest);
            }

            return await next(context);
        });
}
