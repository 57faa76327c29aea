using System.Security.Claims;
using Iom.SharedKernel.Http;

namespace Iom.Api.Host.Http;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Subject =>
        accessor.HttpContext?.User.FindFirstValue("sub")
        ?? accessor.HttpContext?.User.Identity?.Name
        ?? "anonymous";
}
