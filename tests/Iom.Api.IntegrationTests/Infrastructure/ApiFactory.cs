using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>The real host, in process, on a database of its own: a fresh SQLite folder, or a fresh SQL Server database.</summary>
public sealed class ApiFactory(
    string provider, string? sqlServerConnectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    private readonly string _sqliteDirectory = Path.Combine(Path.GetTempPath(), "iom-api-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Where this host keeps its SQLite files.</summary>
    public string SqliteDirectory => _sqliteDirectory;

    public TestClock Clock { get; } = new(new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.Zero));

    public string Provider => provider;

    /// <summary>A client whose every 2xx answer is checked against the OpenAPI document (<see cref="ContractCheck"/>).</summary>
    public HttpClient CreateCheckedClient() => CreateDefaultClient(new ContractCheck(() => CreateClient()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:Sqlite:Directory", _sqliteDirectory);
        if (sqlServerConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:SqlServer", sqlServerConnectionString);
            // Queries take the read-replica path (ApplicationIntent=ReadOnly); a lone server answers it as its own primary.
            builder.UseSetting("ConnectionStrings:SqlServerReadOnly", sqlServerConnectionString);
        }

        builder.UseSetting("Authentication:Issuer", TestTokens.Issuer);
        builder.UseSetting("Authentication:Audience", TestTokens.Audience);
        builder.UseSetting("Authentication:SigningKeys:0", TestTokens.PublicKeyPem);
        builder.UseSetting("RateLimiting:PermitLimit", "1000000");
        builder.UseSetting("Outbox:PollMilliseconds", "50");
        builder.UseSetting("GoverningBodies:Files:Directory", Path.Combine(_sqliteDirectory, "files"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(collection =>
        {
            collection.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(collection);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_sqliteDirectory))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteDirectory, recursive: true);
        }
    }
}
