using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Iom.Api.Host.Security;

/// <summary>PEM keys to IdentityModel keys, each with a key id derived from its public key.</summary>
internal static class SigningKeys
{
    public static SecurityKey FromPem(string pem)
    {
        try
        {
            var ec = ECDsa.Create();
            ec.ImportFromPem(pem);
            return new ECDsaSecurityKey(ec) { KeyId = KeyId(ec.ExportSubjectPublicKeyInfo()) };
        }
        catch (ArgumentException)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa) { KeyId = KeyId(rsa.ExportSubjectPublicKeyInfo()) };
        }
    }

    public static ECDsaSecurityKey DevelopmentKey(string pem)
    {
        var ec = ECDsa.Create();
        ec.ImportFromPem(pem);
        return new ECDsaSecurityKey(ec) { KeyId = KeyId(ec.ExportSubjectPublicKeyInfo()) };
    }

    private static string KeyId(byte[] subjectPublicKeyInfo) => Base64UrlEncoder.Encode(SHA256.HashData(subjectPublicKeyInfo))[..16];
}
