using Iom.SharedKernel.Errors;

namespace Iom.SharedKernel.Data;

/// <summary>What may refer to a record: a count query over <c>@Id</c> and the name of what it counts (agenda item).</summary>
/// <param name="CountSql">SELECT COUNT(*) ... WHERE ... = @Id.</param>
/// <param name="What">The referrer in the singular; counts above one add an s.</param>
public sealed record Referrer(string CountSql, string What);

public static class References
{
    /// <summary>409 naming each kind of record that still refers to <paramref name="id"/>, with its count.</summary>
    public static Task EnsureNoneAsync(this IDbSession session, string resource, Guid id, CancellationToken cancellationToken, params Referrer[] referrers) =>
        EnsureNoneOfAsync(session, resource, id, referrers, cancellationToken);

    /// <summary>As <see cref="EnsureNoneAsync(IDbSession, string, Guid, CancellationToken, Referrer[])"/>, for a record keyed by a code.</summary>
    public static Task EnsureNoneAsync(this IDbSession session, string resource, string code, CancellationToken cancellationToken, params Referrer[] referrers) =>
        EnsureNoneOfAsync(session, resource, code, referrers, cancellationToken);

    private static async Task EnsureNoneOfAsync(IDbSession session, string resource, object id, Referrer[] referrers, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var referrer in referrers)
        {
            var count = await session.ExecuteScalarAsync<long>(referrer.CountSql, new { Id = id }, cancellationToken);
            if (count > 0)
            {
                found.Add($"{count} {referrer.What}{(count == 1 ? string.Empty : "s")}");
            }
        }

        if (found.Count > 0)
        {
            throw new StillReferencedException(resource, found);
        }
    }
}
