using System.Security.Claims;

namespace Iom.Api.Host.Security;

/// <summary>Scopes as identity providers send them: <c>scope</c> (space-separated, RFC 8693) or <c>scp</c> (string or array).</summary>
internal static class ScopeClaims
{
    public static IEnumerable<string> Of(ClaimsPrincipal user) =>
        user.FindAll("scope").Concat(user.FindAll("scp"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static bool Has(ClaimsPrincipal user, string scope) => Of(user).Contains(scope, StringComparer.Ordinal);
}
