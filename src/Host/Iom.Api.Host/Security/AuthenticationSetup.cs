using Iom.SharedKernel.Modules;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Iom.Api.Host.Security;

internal static class AuthenticationSetup
{
    public static IServiceCollection AddApiAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, IReadOnlyList<IModule> modules)
    {
        services.AddOptions<ApiAuthenticationOptions>()
            .Bind(configuration.GetSection(ApiAuthenticationOptions.Section))
            .Validate(o => o.DevelopmentSigningKey is null || environment.IsDevelopment() || environment.IsEnvironment("Testing"),
                "Authentication:DevelopmentSigningKey is set outside Development; remove it: anyone with the repository could sign tokens.")
            .Validate(o => o.Authority is not null || o.SigningKeys.Count == 0 || !string.IsNullOrWhiteSpace(o.Issuer),
                "Authentication:SigningKeys needs Authentication:Issuer.")
            .ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<ApiAuthenticationOptions>>((jwt, api) => Configure(jwt, api.Value));
        services.AddAuthorization(o => ScopeAuthorization.Configure(o, modules));
        services.AddSingleton<IAuthorizationHandler, ScopeRequirementHandler>();
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, ApiAuthenticationOptions api)
    {
        jwt.Authority = api.Authority;
        jwt.MetadataAddress = api.MetadataAddress ?? string.Empty;
        jwt.RequireHttpsMetadata = api.RequireHttpsMetadata;
        jwt.MapInboundClaims = false;
        jwt.TokenHandlers.Clear();
        jwt.TokenHandlers.Add(new CachingJsonWebTokenHandler { MapInboundClaims = false });
        var keys = api.SigningKeys.Select(SigningKeys.FromPem).ToList();
        if (api.DevelopmentSigningKey is not null)
        {
            keys.Add(SigningKeys.DevelopmentKey(api.DevelopmentSigningKey));
        }

        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = api.Issuer,
            ValidateAudience = true,
            ValidAudience = api.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = keys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256],
            ClockSkew = TimeSpan.FromSeconds(api.ClockSkewSeconds),
            NameClaimType = "sub",
        };
    }
}
