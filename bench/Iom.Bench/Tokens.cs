using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Iom.Bench;

/// <summary>A key pair for the run, and a token signed with it that the host under test trusts through configuration.</summary>
internal static class Tokens
{
    public const string Issuer = "https://identity.bench.iom.int";

    public static int KeyGen(string directory)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(Path.Combine(directory, "bench-private.pem"), key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(Path.Combine(directory, "bench-public.pem"), key.ExportSubjectPublicKeyInfoPem());
        return 0;
    }

    public static int Mint(string directory, string scopes)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(Path.Combine(directory, "bench-private.pem")));
        Console.WriteLine(new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = "iom-divisions-api",
            Subject = new ClaimsIdentity([new Claim("sub", "bench"), new Claim("client_id", "bench"), new Claim("scope", scopes)]),
            Expires = DateTime.UtcNow.AddHours(4),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key), SecurityAlgorithms.EcdsaSha256),
        }));
        return 0;
    }
}
