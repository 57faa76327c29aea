using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Iom.Api.Host.Security;

/// <summary>
/// Remembers tokens that validated, until they expire: a client sends the same token on every request, and checking its
/// ES256/RS256 signature each time is the largest fixed cost of a request. Only the exact same token string hits (so the
/// same signature), the lifetime is checked again on every hit, failures are never cached, and each hit gets its own copy
/// of the identity. Signing keys rotated away take effect for new tokens at once and for cached ones when they expire.
/// </summary>
internal sealed class CachingJsonWebTokenHandler(int capacity = 10_000) : JsonWebTokenHandler
{
    private readonly ConcurrentDictionary<string, TokenValidationResult> _valid = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_valid.TryGetValue(token, out var cached))
        {
            if (cached.SecurityToken.ValidTo.Add(validationParameters.ClockSkew) > DateTime.UtcNow)
            {
                return Copy(cached);
            }

            _valid.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            if (_valid.Count >= capacity)
            {
                _valid.Clear();
            }

            _valid[token] = result;
            return Copy(result);
        }

        return result;
    }

    private static TokenValidationResult Copy(TokenValidationResult result) => new()
    {
        IsValid = true,
        ClaimsIdentity = result.ClaimsIdentity.Clone(),
        SecurityToken = result.SecurityToken,
        Issuer = result.Issuer,
        TokenType = result.TokenType,
    };
}
