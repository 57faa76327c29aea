namespace Iom.Api.Host.Security;

/// <summary>The <c>Authentication</c> section: how bearer tokens from the organisation's identity provider are checked.</summary>
internal sealed class ApiAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>The identity provider's issuer URL; its signing keys are discovered from its OpenID metadata.</summary>
    public string? Authority { get; set; }

    /// <summary>Where the OpenID metadata is, when not at the authority's well-known address.</summary>
    public string? MetadataAddress { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The <c>iss</c> tokens must carry (taken from the metadata when an authority is set).</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> tokens must carry.</summary>
    public string Audience { get; set; } = "iom-divisions-api";

    /// <summary>PEM public keys (RSA or EC P-256) trusted to sign tokens, for providers without metadata.</summary>
    public List<string> SigningKeys { get; set; } = [];

    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>The longest a token may be valid for, from its <c>iat</c> (or from now, without one) to its <c>exp</c>.</summary>
    public double MaxTokenLifetimeHours { get; set; } = 24;

    /// <summary>A PEM EC P-256 private key for the <c>token</c> command. Development only: the host refuses it elsewhere.</summary>
    public string? DevelopmentSigningKey { get; set; }

    public int DevelopmentTokenMinutes { get; set; } = 60;
}
