using System.Security.Claims;
using System.Security.Cryptography;
using Iom.Api.Host;
using Iom.Api.Host.Http;
using Iom.Api.Host.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Tokens as an identity provider would issue them: an EC key made for this run, trusted by the host under test through
/// configuration (Authentication:SigningKeys), never the repository's development key.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://identity.test.iom.int";
    public const string Audience = "iom-divisions-api";

    public static readonly string[] GoverningBodiesAll = ["governing-bodies:read", "governing-bodies:write", "governing-bodies:restricted"];

    public static readonly string[] ResearchAll = ["research:read", "research:write"];

    public static readonly string[] MigrationDataAll = ["migration-data:read", "migration-data:write"];

    public static readonly string[] DonorRelationsAll = ["donor-relations:read", "donor-relations:write"];

    /// <summary>Every scope of every module in the catalog, and the operators' scopes.</summary>
    public static readonly string[] AllScopes =
        [.. ModuleCatalog.All.SelectMany(ScopeAuthorization.ScopesOf), OperationsEndpoints.Read, OperationsEndpoints.Write];

    /// <summary>A scope no module has: a token from another system.</summary>
    public static readonly string[] NoModuleScopes = ["no-such-module:read", "no-such-module:write"];

    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static string PublicKeyPem => Key.ExportSubjectPublicKeyInfoPem();

    public static string Create(
        string? subject,
        IEnumerable<string> scopes,
        DateTime? expires = null,
        string issuer = Issuer,
        string audience = Audience,
        SecurityKey? signingKey = null,
        string algorithm = SecurityAlgorithms.EcdsaSha256,
        string clientId = "test-client",
        DateTime? issuedAt = null,
        IDictionary<string, object>? headers = null)
    {
        // A null subject leaves the claim out.
        Claim[] claims = [new("client_id", clientId), new("scope", string.Join(' ', scopes))];
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(subject is null ? claims : [new Claim("sub", subject), .. claims]),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(30),
            NotBefore = issuedAt ?? (expires ?? DateTime.UtcNow.AddMinutes(30)).AddHours(-2),
            IssuedAt = issuedAt ?? (expires ?? DateTime.UtcNow.AddMinutes(30)).AddHours(-2),
            SigningCredentials = new SigningCredentials(signingKey ?? new ECDsaSecurityKey(Key), algorithm),
            AdditionalHeaderClaims = headers,
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
