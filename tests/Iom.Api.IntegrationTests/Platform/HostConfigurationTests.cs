using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Platform;

/// <summary>
/// The host started as README says, <c>dotnet Iom.Api.Host.dll</c>, from a folder that is not its build output: it reads
/// the configuration beside its assembly, and outside Development it refuses to start when it could validate no token.
/// </summary>
public sealed class HostConfigurationTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("iom-host-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task TokenCommand_FromAnotherFolder_FindsTheDevelopmentSettings()
    {
        await using var host = HostProcess.Start(_folder, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" },
            "token", "--subject", "someone", "--scope", "governing-bodies:read");
        Assert.That(await host.WaitForExitAsync(60), Is.True, host.Output);
        Assert.That(host.ExitCode, Is.EqualTo(0), host.Output);
        var token = host.Output.Trim().Split('\n')[^1].Trim();
        Assert.That(token.Split('.'), Has.Length.EqualTo(3), host.Output);
    }

    [Test]
    public async Task OutsideDevelopment_AHostThatCouldValidateNoToken_RefusesToStart_SayingWhatToSet()
    {
        await using var host = HostProcess.Start(_folder, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Sqlite__Directory"] = Path.Combine(_folder, "data"),
        });
        Assert.That(await host.WaitForExitAsync(60), Is.True, "it must stop, not serve 401 to everyone: " + host.Output);
        Assert.That(host.ExitCode, Is.Not.EqualTo(0));
        Assert.That(host.Output, Does.Contain("Authentication:Authority").And.Contain("Authentication:SigningKeys"));
        Assert.That(Directory.Exists(Path.Combine(_folder, "data")), Is.False, "it stops before touching the database");
    }

    [Test]
    public async Task WithoutItsConfigurationFolder_TheLogsStillCarryNoQueryString()
    {
        await using var host = HostProcess.Start(_folder, HostProcess.Settings(Path.Combine(_folder, "data"), new Dictionary<string, string>
        {
            // Louder than appsettings.json allows: the rule in code must hold on its own.
            ["Logging__LogLevel__Default"] = "Debug",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug",
        }));
        await host.WaitUntilReadyAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create("someone", ["governing-bodies:read"]));
        using var response = await client.GetAsync("/api/v1/governing-bodies/bodies?access_token=SECRET-IN-THE-QUERY");
        Assert.That((int)response.StatusCode, Is.EqualTo(400), "an unknown query parameter is refused");
        await Task.Delay(500);
        Assert.That(host.Output, Does.Contain("/api/v1/governing-bodies/bodies"), "the request was logged");
        Assert.That(host.Output, Does.Not.Contain("SECRET-IN-THE-QUERY"));
    }

    [Test]
    public async Task MigrateCommand_PreparesTheDatabase_AndAWaitingHostTurnsReady()
    {
        var data = Path.Combine(_folder, "data");
        var settings = HostProcess.Settings(data, new Dictionary<string, string> { ["Database__MigrateOnStart"] = "false" });
        await using var host = HostProcess.Start(_folder, settings);
        using var probe = new HttpClient { BaseAddress = host.BaseAddress };
        await ApiTest.Eventually(async () => await TryStatusAsync(probe) == 503, "a host that does not migrate is not ready on an empty database", seconds: 60);

        await using (var migrate = HostProcess.Start(_folder, settings, "migrate"))
        {
            Assert.That(await migrate.WaitForExitAsync(120), Is.True, migrate.Output);
            Assert.That(migrate.ExitCode, Is.EqualTo(0), migrate.Output);
        }

        await host.WaitUntilReadyAsync();
    }

    private static async Task<int> TryStatusAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/health/ready");
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
