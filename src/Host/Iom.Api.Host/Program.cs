using FluentValidation;
using Iom.Api.Host;
using Iom.Api.Host.Data;
using Iom.Api.Host.Http;
using Iom.Api.Host.Observability;
using Iom.Api.Host.OpenApi;
using Iom.Api.Host.Security;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;

// Configuration is read beside the host's own assembly, wherever it is started from (`dotnet /opt/api/Iom.Api.Host.dll`);
// the SQLite folder stays relative to the working directory, as README says.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (TokenCommand.IsInvoked(args))
{
    return TokenCommand.Run(args, builder.Configuration, builder.Environment);
}

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    // Twice the API's own limits, which RequestShapeMiddleware answers with problem documents.
    kestrel.Limits.MaxRequestLineSize = 2 * RequestShapeMiddleware.MaxTargetLength;
    kestrel.Limits.MaxRequestHeadersTotalSize = 2 * RequestShapeMiddleware.MaxHeaderBytes;
});

// In every environment: a singleton that captures a scoped service, or a registration that cannot be built, stops start-up.
builder.Host.UseDefaultServiceProvider(provider =>
{
    provider.ValidateScopes = true;
    provider.ValidateOnBuild = true;
});
builder.AddApiObservability();
builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("Shutdown:DrainSeconds", 20)));
builder.Services.AddMediator(options =>
{
    // Scoped: a command handler receives its request's WriteSession (docs/adr/0017).
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.GenerateTypesAsInternal = true;
    // In this order: a command that fails validation never opens a transaction (on SQLite, never takes the write lock).
    options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});
builder.Services.AddApiDatabase(builder.Configuration);
builder.Services.AddApiHttp(builder.Configuration);
builder.Services.AddApiAuthentication(builder.Configuration, builder.Environment, ModuleCatalog.All);
builder.Services.AddApiRateLimiting(builder.Configuration);
builder.Services.AddApiCors(builder.Configuration);
builder.Services.AddApiOpenApi(ModuleCatalog.All);
builder.Services.AddValidatorsFromAssemblyContaining<LocalizedTextValidator>(ServiceLifetime.Singleton);
foreach (var module in ModuleCatalog.All)
{
    module.AddServices(builder.Services, builder.Configuration);
}

var app = builder.Build();

// `migrate`: a deployment applies every module's pending migrations once, before it starts hosts.
if (args is ["migrate", ..])
{
    app.Services.MigrateModuleDatabases();
    Console.WriteLine("migrate: every module's database is up to date");
    return 0;
}

// Settings first (a host that could validate no token stops here, saying what to set), then the schema, unless the
// deployment migrates beforehand (then readiness stays 503 while a migration is pending).
app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
if (app.Configuration.GetValue("Database:MigrateOnStart", true))
{
    app.Services.MigrateModuleDatabases();
}
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<RequestShapeMiddleware>();
app.UseRouting();
app.UseMiddleware<RequestLogging>();
app.UseApiHttp();
app.UseApiSwaggerUi();
app.UseCors();
app.UseAuthentication();
app.UseRateLimiter();
app.UseRateLimitHeaders();
app.UseAuthorization();
app.MapApiHealth();
app.MapApiOpenApi();
app.MapApiMetrics();
app.MapApiModules(ModuleCatalog.All);

await app.RunAsync();
return 0;

/// <summary>The host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
