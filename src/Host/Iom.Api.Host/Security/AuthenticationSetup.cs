using Iom.SharedKernel.Modules;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
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
            .Validate(o => o.Authority is not null || o.SigningKeys.Count > 0 || (o.DevelopmentSigningKey is not null && environment.IsDevelopment()),
                "No way to validate tokens: set Authentication:Authority (the identity provider's issuer URL), or Authentication:SigningKeys "
                + "(PEM public keys) with Authentication:Issuer. Every request would otherwise answer 401.")
            .Validate(o => o.MaxTokenLifetimeHours is > 0 and <= 24 * 31, "Authentication:MaxTokenLifetimeHours must be between 0 and 744 (31 days).")
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
        var maxLifetime = TimeSpan.FromHours(api.MaxTokenLifetimeHours);
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.SecurityToken is JsonWebToken token && TokenRules.Violation(token, maxLifetime, DateTime.UtcNow) is { } violation)
                {
                    context.Fail(violation);
                }

                return Task.CompletedTask;
            },
        };
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
