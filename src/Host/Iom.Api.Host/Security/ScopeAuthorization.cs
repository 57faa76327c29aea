using Iom.SharedKernel.Modules;
using Microsoft.AspNetCore.Authorization;

namespace Iom.Api.Host.Security;

/// <summary>
/// Policies named after the scopes they require: <c>{module}:read</c>, <c>{module}:write</c>, <c>{module}:restricted</c>,
/// <c>{module}:personal-data</c>.
/// </summary>
internal sealed class ScopeRequirement(string scope) : IAuthorizationRequirement
{
    public string Scope { get; } = scope;
}

internal sealed class ScopeRequirementHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (ScopeClaims.Has(context.User, requirement.Scope))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

internal static class ScopeAuthorization
{
    public static IEnumerable<string> ScopesOf(IModule module) =>
        [$"{module.Name}:read", $"{module.Name}:write", $"{module.Name}:restricted", $"{module.Name}:personal-data"];

    /// <summary>Deny by default: an endpoint without its own policy needs an authenticated caller; each scope is a policy.</summary>
    public static void Configure(AuthorizationOptions options, IEnumerable<IModule> modules)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        foreach (var scope in modules.SelectMany(ScopesOf).Append(Http.OperationsEndpoints.Read).Append(Http.OperationsEndpoints.Write))
        {
            options.AddPolicy(scope, policy => policy.RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(scope)));
        }
    }

    /// <summary>
    /// Gives each endpoint of a module the module's read scope (GET, HEAD) or write scope (anything else), unless the
    /// endpoint states its own policy or is explicitly anonymous.
    /// </summary>
    public static void RequireModuleScopes(this IEndpointConventionBuilder group, IModule module) =>
        group.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null) || endpoint.Metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var reads = methods.Count > 0 && methods.All(m => m is "GET" or "HEAD");
            endpoint.Metadata.Add(new AuthorizeAttribute($"{module.Name}:{(reads ? "read" : "write")}"));
        });
}
