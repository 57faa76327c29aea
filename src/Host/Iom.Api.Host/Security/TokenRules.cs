using Microsoft.IdentityModel.JsonWebTokens;

namespace Iom.Api.Host.Security;

/// <summary>
/// What a signed, unexpired token must also be before it may act: a subject to audit the write under, of a length the
/// audit trail keeps; a lifetime no longer than the configured maximum (a token valid for years is a stolen key that
/// never expires); and no critical header parameters (RFC 7515 §4.1.11), since this API understands none.
/// </summary>
internal static class TokenRules
{
    /// <summary>As long as the audit trail's subject column.</summary>
    public const int MaxSubjectLength = 200;

    public static string? Violation(JsonWebToken token, TimeSpan maxLifetime, DateTime utcNow)
    {
        if (string.IsNullOrWhiteSpace(token.Subject))
        {
            return "The token has no subject (sub): a write must be attributable to someone.";
        }

        if (token.Subject.Length > MaxSubjectLength)
        {
            return $"The token's subject (sub) is longer than {MaxSubjectLength} characters.";
        }

        if (token.TryGetHeaderValue<object>("crit", out _))
        {
            return "The token names critical header parameters (crit), none of which this API understands.";
        }

        // From when it was issued, or from now if it claims to be issued later (or does not say): never from the future.
        var from = token.IssuedAt > DateTime.MinValue && token.IssuedAt < utcNow ? token.IssuedAt : utcNow;
        return token.ValidTo - from > maxLifetime
            ? $"The token is valid for longer than {maxLifetime.TotalHours:0.#} hours, the most this API accepts; ask for a shorter-lived one."
            : null;
    }
}
