namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Base of every HTTP test: each fixture runs once on SQLite and once on SQL Server, against a host and database of its
/// own, through the public HTTP surface.
/// </summary>
[TestFixtureSource(nameof(Providers))]
public abstract class ApiTest(string provider)
{
    public static readonly string[] Providers = ["Sqlite", "SqlServer"];

    private int _sequence;

    protected ApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected TestClock Clock => Factory.Clock;

    /// <summary>Configuration this fixture's host runs with, on top of the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    [OneTimeSetUp]
    public async Task StartHostAsync()
    {
        var connectionString = provider == "SqlServer" ? await SqlServerDatabase.CreateDatabaseAsync() : null;
        Factory = new ApiFactory(provider, connectionString, Settings, ConfigureServices);
        Client = ClientWith(TestTokens.GoverningBodiesAll);
    }

    /// <summary>Services this fixture's host gets on top of the real ones (test subscribers, for instance).</summary>
    protected virtual void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    /// <summary>Polls <paramref name="probe"/> until it holds, for at most <paramref name="seconds"/>: for work the outbox does in the background.</summary>
    public static async Task Eventually(Func<Task<bool>> probe, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await probe())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {seconds} s: {what}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>A client whose bearer token (subject <paramref name="subject"/>) carries exactly these scopes.</summary>
    protected HttpClient ClientWith(IEnumerable<string> scopes, string subject = "test-user")
    {
        var client = Factory.CreateCheckedClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create(subject, scopes));
        return client;
    }

    /// <summary>A client that sends no token.</summary>
    protected HttpClient AnonymousClient() => Factory.CreateCheckedClient();

    [OneTimeTearDown]
    public async Task StopHostAsync()
    {
        Client?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }
    }

    /// <summary>A number no other test of this fixture has used (each fixture has a database of its own): session numbers, resolution numbers.</summary>
    protected int Unique() => Interlocked.Increment(ref _sequence);
}
