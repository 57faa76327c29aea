using System.Text.Json;
using System.Text.Json.Serialization;
using Asp.Versioning;
using Iom.Api.Host.Security;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Idempotency;
using Iom.SharedKernel.Modules;
using Microsoft.AspNetCore.Http.Json;

namespace Iom.Api.Host.Http;

internal static class HttpSetup
{
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        // {"venue":"a","venue":"b"} is refused, not read as its last value.
        options.AllowDuplicateProperties = false;
        options.Converters.Add(new UtcInstantJsonConverter());
        options.Converters.Add(new Iom.SharedKernel.Text.PlainTextJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    public static IServiceCollection AddApiHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => ConfigureJson(o.JsonSerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<RequestLimitOptions>(configuration.GetSection("Limits"));
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<ModuleDatabases>();
        services.AddSingleton<WriteSessions>();
        // One unit of work per request (or per delivered event): the command pipeline opens and commits it.
        services.AddScoped(sp => sp.GetRequiredService<WriteSessions>().Create());
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsWriter.Customize);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddApiVersioning(o =>
            {
                o.DefaultApiVersion = new ApiVersion(1);
                o.ReportApiVersions = true;
                o.ApiVersionReader = new UrlSegmentApiVersionReader();
            })
            .AddApiExplorer(o =>
            {
                o.GroupNameFormat = "'v'VVV";
                o.SubstituteApiVersionInUrl = true;
            });
        return services;
    }

    public static WebApplication UseApiHttp(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseMiddleware<IdempotencyBuffering>();
        return app;
    }

    /// <summary>One versioned group, <c>/api/v{version}</c>, with a sub-group per module.</summary>
    public static void MapApiModules(this WebApplication app, IEnumerable<IModule> modules)
    {
        var versions = app.NewApiVersionSet().HasApiVersion(new ApiVersion(1)).ReportApiVersions().Build();
        var api = app.MapGroup("/api/v{version:apiVersion}")
            .WithApiVersionSet(versions)
            .AddEndpointFilterFactory(UnknownQueryParameters.RejectFactory);
        var databases = app.Services.GetServices<ModuleDatabase>().ToDictionary(d => d.Schema);
        api.MapApiOperations(databases.Values);
        foreach (var module in modules)
        {
            var group = api.MapGroup("/" + module.Name).WithTags(module.DisplayName);
            group.RequireModuleScopes(module);
            group.AddEndpointFilterFactory((context, next) => IdempotencyFilter.Factory(context, next, databases[module.Schema]));
            module.MapEndpoints(group);
        }
    }
}
