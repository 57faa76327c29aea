using Iom.SharedKernel.Modules;
using Microsoft.OpenApi;

namespace Iom.Api.Host.OpenApi;

internal static class OpenApiSetup
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IServiceCollection AddApiOpenApi(this IServiceCollection services, IReadOnlyList<IModule> modules)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "IOM Divisions API",
                Version = "v1",
                Description = "One versioned HTTP API over the divisions of the International Organization for Migration: "
                    + "Governing Bodies first, the other divisions as their modules land. Errors are RFC 9457 problem details; "
                    + "lists are keyset-paginated with an opaque cursor; every resource carries a version exposed as its ETag.",
                Contact = new OpenApiContact { Name = "IOM Divisions API team", Email = "divisions-api@iom.int" },
                License = new OpenApiLicense { Name = "Proprietary: IOM internal use", Url = new Uri("https://www.iom.int/terms-and-conditions-use") },
            });
            c.AddServer(new OpenApiServer
            {
                Url = "/",
                Description = "The host serving this document: local, development, staging or production, whichever deployment you read it from.",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
            });
            c.AddSecurityDefinition(StandardResponsesOperationFilter.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT from the organisation's identity provider (RS256 or ES256, validated as RFC8725 recommends), carrying "
                    + "scopes {module}:read, {module}:write and, for restricted material, {module}:restricted; people's personal details (e-mail, "
                    + "telephone, date of birth, identity document) are read only with {module}:personal-data. "
                    + "Each operation's x-required-scopes lists what it needs.",
            });
            foreach (var assembly in modules.Select(m => m.GetType().Assembly).Append(typeof(Iom.SharedKernel.Paging.Page<>).Assembly).Distinct())
            {
                c.IncludeXmlComments(assembly);
            }

            c.CustomSchemaIds(SchemaIds.For);
            // Audit values are whatever the field held: any JSON value.
            c.MapType<System.Text.Json.Nodes.JsonNode>(() => new OpenApiSchema { Description = "Any JSON value: what the field held." });
            // A local time of day (a sitting's hours in its venue's zone) has no offset, so it is not RFC 3339's format time.
            c.MapType<TimeOnly>(() => LocalTime());
            c.MapType<TimeOnly?>(() => LocalTime());
            c.SupportNonNullableReferenceTypes();
            c.NonNullableReferenceTypesAsRequired();
            c.OperationFilter<CsvOperationFilter>();
            c.OperationFilter<FileOperationFilter>();
            c.OperationFilter<StandardResponsesOperationFilter>();
            c.OperationFilter<HeadersOperationFilter>();
            c.SchemaFilter<ValidationRulesSchemaFilter>();
            c.SchemaFilter<BoundsSchemaFilter>();
            c.OperationFilter<CamelCaseQueryParametersFilter>();
            c.ParameterFilter<QueryEnumParameterFilter>();
            c.ParameterFilter<QueryRulesParameterFilter>();
            c.DocumentFilter<ModuleTagsDocumentFilter>(modules);
        });
        services.AddSingleton<CachedOpenApiDocument>();
        return services;
    }

    public static void MapApiOpenApi(this WebApplication app)
    {
        app.MapGet(DocumentPath, (CachedOpenApiDocument document) => Results.Text(document.Json, "application/json"))
            .AllowAnonymous()
            .ExcludeFromDescription()
            .DisableRateLimiting();
    }

    /// <summary>Swagger UI is static files served before authentication; the document it loads is the cached endpoint above.</summary>
    public static void UseApiSwaggerUi(this WebApplication app)
    {
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint(DocumentPath, "IOM Divisions API v1");
            o.DocumentTitle = "IOM Divisions API";
        });
    }

    private static OpenApiSchema LocalTime() => new()
    {
        Type = JsonSchemaType.String,
        Pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,7})?)?$",
        MaxLength = 16,
        Description = "A local time of day, HH:mm or HH:mm:ss, without an offset (answered as HH:mm:ss).",
    };
}
