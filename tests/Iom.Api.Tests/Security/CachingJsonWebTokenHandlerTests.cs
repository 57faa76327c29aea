using System.Security.Claims;
using System.Security.Cryptography;
using Iom.Api.Host.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Iom.Api.Tests.Security;

public sealed class CachingJsonWebTokenHandlerTests
{
    private static readonly ECDsaSecurityKey Key = new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    private static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = "issuer",
        ValidAudience = "audience",
        IssuerSigningKey = Key,
        ClockSkew = TimeSpan.Zero,
    };

    [Test]
    public async Task ACachedToken_StopsValidatingWhenItExpires()
    {
        var handler = new CachingJsonWebTokenHandler();
        var token = Token(DateTime.UtcNow.AddSeconds(1.5));
        Assert.That((await handler.ValidateTokenAsync(token, Parameters)).IsValid, Is.True);
        Assert.That((await handler.ValidateTokenAsync(token, Parameters)).IsValid, Is.True, "served from the cache");
        await Task.Delay(2000);
        Assert.That((await handler.ValidateTokenAsync(token, Parameters)).IsValid, Is.False);
    }

    [Test]
    public async Task EachHit_GetsItsOwnIdentity_AndAChangedTokenIsCheckedAgain()
    {
        var handler = new CachingJsonWebTokenHandler();
        var token = Token(DateTime.UtcNow.AddMinutes(5));
        var first = await handler.ValidateTokenAsync(token, Parameters);
        first.ClaimsIdentity.AddClaim(new Claim("scope", "everything"));
        var second = await handler.ValidateTokenAsync(token, Parameters);
        Assert.That(second.ClaimsIdentity.FindAll("scope").Select(c => c.Value), Is.EqualTo(new[] { "read" }));
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");
        Assert.That((await handler.ValidateTokenAsync(tampered, Parameters)).IsValid, Is.False);
    }

    private static string Token(DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "issuer",
        Audience = "audience",
        Subject = new ClaimsIdentity([new Claim("sub", "someone"), new Claim("scope", "read")]),
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        IssuedAt = DateTime.UtcNow.AddMinutes(-1),
        Expires = expires,
        SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.EcdsaSha256),
    });
}
