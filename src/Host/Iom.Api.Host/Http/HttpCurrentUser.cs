using Iom.Api.Host.Security;
using Iom.SharedKernel.Http;

namespace Iom.Api.Host.Http;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    /// <summary>The token's subject; "system" for work outside a request (outbox subscribers).</summary>
    public string Subject => accessor.HttpContext is { } http ? http.User.FindFirst("sub")?.Value ?? "anonymous" : "system";

    public string? ClientId =>
        accessor.HttpContext?.User.FindFirst("client_id")?.Value ?? accessor.HttpContext?.User.FindFirst("azp")?.Value;

    public bool HasScope(string scope)
    {
        if (accessor.HttpContext is not { } http || !ScopeClaims.Has(http.User, scope))
        {
            return false;
        }

        ScopesUsed.Note(http, scope);
        return true;
    }
}
