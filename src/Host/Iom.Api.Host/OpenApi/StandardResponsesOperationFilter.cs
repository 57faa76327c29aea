using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// What every operation can answer whatever the endpoint declares: its bearer requirement and scope, 401 and 403,
/// 413 where it takes a body, 429 with Retry-After, and 500, each as a problem document.
/// </summary>
internal sealed class StandardResponsesOperationFilter : IOperationFilter
{
    public const string SchemeName = "bearer";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        var scopes = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy).OfType<string>().Distinct().ToList();
        var anonymous = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        if (anonymous)
        {
            // Open to callers without a token (calendar feeds, ADR 0020); a bearer token, when sent, still counts: {} or bearer.
            operation.Security = [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];
        }
        else
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-required-scopes"] = new JsonNodeExtension(new JsonArray(scopes.Select(s => (JsonNode)s).ToArray()));
            operation.Description = string.Join("\n\n", new[] { operation.Description, $"Requires a bearer token with the scope `{string.Join("` and `", scopes)}`." }.Where(d => !string.IsNullOrEmpty(d)));
            Add(operation, "401", "No token, or an invalid or expired one.", problem);
            Add(operation, "403", $"The token lacks the scope {string.Join(", ", scopes)}.", problem);
        }

        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id == "Body") || operation.RequestBody is not null)
        {
            Add(operation, "413", "The body is larger than the configured limit.", problem);
        }

        if (string.Equals(context.ApiDescription.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "Idempotency-Key",
                In = ParameterLocation.Header,
                Required = false,
                Description = "Makes a retry safe: a retry with the same key and body within 24 hours answers the first response again "
                    + "(with Idempotent-Replayed: true); the same key with another body is a 422.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255 },
            });
            Add(operation, "422", "The Idempotency-Key was already used with another request body.", problem);
        }

        // Any operation answers 400 to a query parameter it does not declare.
        if (!operation.Responses.ContainsKey("400"))
        {
            var validation = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails), context.SchemaRepository);
            Add(operation, "400", "The request is invalid; errors names each field or parameter to correct.", validation);
        }

        Add(operation, "429", "Too many requests from this client; retry after Retry-After seconds.", problem, retryAfter: true);
        Add(operation, "500", "Unexpected failure; the body carries a traceId and no internals.", problem);
        foreach (var response in operation.Responses.Where(r => r.Key[0] is '2' or '4').Select(r => r.Value).OfType<OpenApiResponse>())
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            foreach (var (name, description) in RateLimitHeaders)
            {
                response.Headers.TryAdd(name, new OpenApiHeader { Description = description, Schema = Integer() });
            }
        }

        foreach (var schema in (operation.Parameters ?? []).OfType<OpenApiParameter>().Select(p => p.Schema).OfType<OpenApiSchema>())
        {
            BoundsSchemaFilter.Bound(schema);
        }
    }

    private static readonly (string Name, string Description)[] RateLimitHeaders =
    [
        ("RateLimit-Limit", "Requests this client may make per window."),
        ("RateLimit-Reset", "The window, in seconds: the longest a client waits for its budget to return."),
    ];

    private static OpenApiSchema Integer() => new() { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = "2147483647" };

    private static void Add(OpenApiOperation operation, string status, string description, IOpenApiSchema problem, bool retryAfter = false)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        };
        if (retryAfter)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before retrying.", Schema = Integer() },
            };
        }

        operation.Responses[status] = response;
    }
}
