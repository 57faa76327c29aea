using Microsoft.AspNetCore.Http;

namespace Iom.SharedKernel.Idempotency;

/// <summary>Buffers the body of a POST that carries an Idempotency-Key, so the filter can hash it after binding read it.</summary>
public sealed class IdempotencyBuffering(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Headers.ContainsKey(IdempotencyFilter.Header))
        {
            context.Request.EnableBuffering();
        }

        return next(context);
    }
}
