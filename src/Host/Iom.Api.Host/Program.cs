using Iom.Api.Host;
using Iom.Api.Host.Data;
using Iom.Api.Host.Http;
using Iom.Api.Host.OpenApi;
using Iom.SharedKernel.Validation;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.GenerateTypesAsInternal = true;
    options.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
});
builder.Services.AddApiDatabase(builder.Configuration);
builder.Services.AddApiHttp();
builder.Services.AddApiOpenApi(ModuleCatalog.All);
foreach (var module in ModuleCatalog.All)
{
    module.AddServices(builder.Services, builder.Configuration);
}

var app = builder.Build();

app.Services.MigrateModuleDatabases();
app.UseApiHttp();
app.MapApiHealth();
app.MapApiOpenApi();
app.MapApiModules(ModuleCatalog.All);

await app.RunAsync();

/// <summary>The host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
