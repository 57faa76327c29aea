using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Iom.Api.Host.Security;

/// <summary>Signs tokens with the development key, for developers, scripts and tests; never trusted outside Development.</summary>
internal static class DevelopmentTokens
{
    public static string Create(ApiAuthenticationOptions options, string subject, IEnumerable<string> scopes, DateTimeOffset now, string clientId = "development")
    {
        var key = SigningKeys.DevelopmentKey(options.DevelopmentSigningKey
            ?? throw new InvalidOperationException("No Authentication:DevelopmentSigningKey is configured."));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("client_id", clientId), new Claim("scope", string.Join(' ', scopes))]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(options.DevelopmentTokenMinutes).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
