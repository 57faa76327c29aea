using Microsoft.AspNetCore.Http;

namespace Iom.SharedKernel.Http;

/// <summary>
/// The scopes a request's handler asked about and found granted (<see cref="ICurrentUser.HasScope"/>): what its answer
/// may depend on beyond the endpoint's policy, such as restricted documents. An idempotent replay of that answer
/// requires them again, so that it shows nothing the caller could not read now.
/// </summary>
public static class ScopesUsed
{
    private static readonly object Key = new();

    public static void Note(HttpContext context, string scope)
    {
        if (context.Items[Key] is not HashSet<string> used)
        {
            context.Items[Key] = used = new HashSet<string>(StringComparer.Ordinal);
        }

        used.Add(scope);
    }

    public static IReadOnlyCollection<string> Of(HttpContext context) =>
        context.Items[Key] as HashSet<string> ?? (IReadOnlyCollection<string>)[];
}
