using System.Net;
using System.Text.RegularExpressions;
using Iom.Api.Host;
using Iom.Api.Host.Http;
using Iom.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Api.IntegrationTests.Security;

public sealed partial class EndpointAuthorizationTests(string provider) : ApiTest(provider)
{
    /// <summary>The only routes anyone may call without a token: health, the document, and calendar feeds (docs/adr/0020).</summary>
    private static readonly string[] AnonymousExemptions =
    [
        "/health/live", "/health/ready", "/swagger/v1/swagger.json",
        "/api/v{version:apiVersion}/governing-bodies/sessions/calendar", "/api/v{version:apiVersion}/governing-bodies/sessions/{id:guid}/calendar",
        "/api/v{version:apiVersion}/governing-bodies/sessions/{sessionId:guid}/timetable/calendar",
    ];

    [Test]
    public void EveryMappedEndpoint_HasAPolicy_OrIsAListedAnonymousExemption()
    {
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.That(endpoints, Has.Count.GreaterThan(30));
        Assert.Multiple(() =>
        {
            foreach (var endpoint in endpoints)
            {
                var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
                if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
                {
                    Assert.That(AnonymousExemptions, Does.Contain(route), $"{route} is anonymous but not a listed exemption");
                    continue;
                }

                var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
                Assert.That(policies, Has.Count.EqualTo(1), $"{route} needs exactly one scope policy");
                Assert.That(ScopePolicies, Does.Contain(policies.Single()), route);
            }
        });
    }

    [Test]
    public async Task EveryDocumentedOperation_Is401WithoutAToken_And403WithAnotherModulesToken()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        using var anonymous = AnonymousClient();
        using var stranger = ClientWith(TestTokens.NoModuleScopes);
        var count = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var url = PathParameter().Replace(path.Replace("{year}", "2024", StringComparison.Ordinal), Guid.NewGuid().ToString());
                if (operation!["security"]!.AsArray().Any(requirement => requirement!.AsObject().Count == 0))
                {
                    // Documented as open without a token (an empty security requirement): it must answer without one.
                    using var open = await anonymous.GetAsync(url);
                    Assert.That(open.StatusCode, Is.Not.EqualTo(HttpStatusCode.Unauthorized), $"{method.ToUpperInvariant()} {path} is documented without security");
                    continue;
                }

                foreach (var (client, expected) in new[] { (anonymous, HttpStatusCode.Unauthorized), (stranger, HttpStatusCode.Forbidden) })
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
                    if (method != "get")
                    {
                        request.Content = new StringContent("{}", System.Text.Encoding.UTF8, SchemaBodies.MediaType(operation!));
                    }

                    using var response = await client.SendAsync(request);
                    Assert.That(response.StatusCode, Is.EqualTo(expected), $"{method.ToUpperInvariant()} {path}");
                    if (expected == HttpStatusCode.Forbidden)
                    {
                        // The 403 names the scope the document says the operation needs.
                        var needed = operation!["x-required-scopes"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
                        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                        Assert.That(problem["requiredScopes"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(needed), $"{method} {path}");
                        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(needed[0]));
                    }
                }

                count++;
            }
        }

        Assert.That(count, Is.GreaterThan(30));
    }

    /// <summary>The read and write scopes of every module in the catalog, and the operators'.</summary>
    private static readonly string[] ScopePolicies =
        [.. ModuleCatalog.All.SelectMany(m => new[] { $"{m.Name}:read", $"{m.Name}:write" }), OperationsEndpoints.Read, OperationsEndpoints.Write];

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex PathParameter();
}
