using System.Net.Sockets;
using DotNet.Testcontainers.Builders;
using Microsoft.Data.SqlClient;
using Testcontainers.MsSql;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// One SQL Server 2022 container for the whole run, started on first use, with a fresh database per fixture. Where no
/// Docker engine answers, the SQL Server fixtures are skipped with the reason (and fail when REQUIRE_DOCKER=1).
/// </summary>
public static class SqlServerDatabase
{
    private const string Image = "mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04";
    private static readonly Lazy<Task<(MsSqlContainer? Container, string? Unavailable)>> Server = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync()
    {
        var (container, unavailable) = await Server.Value;
        if (container is null)
        {
            if (Environment.GetEnvironmentVariable("REQUIRE_DOCKER") == "1")
            {
                Assert.Fail($"REQUIRE_DOCKER=1 but SQL Server could not start: {unavailable}");
            }

            SkipReasons.Ignore($"SQL Server tests skipped: no Docker engine answers ({unavailable}).");
        }

        var name = "iom_" + Guid.NewGuid().ToString("N");
        var master = new SqlConnectionStringBuilder(container!.GetConnectionString()) { InitialCatalog = "master" };
        await using (var connection = new SqlConnection(master.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // The collation readiness and the migrations require (ADR 0023), whatever the server's default.
            command.CommandText = $"CREATE DATABASE [{name}] COLLATE {Iom.SharedKernel.Data.TextComparison.SqlServerCollation}";
            await command.ExecuteNonQueryAsync();

            // A prerequisite readiness checks (README: several hosts on SQL Server): readers see the last committed rows.
            command.CommandText = $"ALTER DATABASE [{name}] SET READ_COMMITTED_SNAPSHOT ON";
            await command.ExecuteNonQueryAsync();
        }

        return new SqlConnectionStringBuilder(master.ConnectionString) { InitialCatalog = name }.ConnectionString;
    }

    private static async Task<(MsSqlContainer?, string?)> StartAsync()
    {
        try
        {
            var container = new MsSqlBuilder(Image).Build();
            await container.StartAsync();
            return (container, null);
        }
        catch (Exception e) when (IsDockerMissing(e))
        {
            return (null, e.GetBaseException().Message);
        }
    }

    private static bool IsDockerMissing(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is DockerUnavailableException or HttpRequestException or SocketException or TimeoutException)
            {
                return true;
            }
        }

        return e is ArgumentException { ParamName: "DockerEndpointAuthConfig" };
    }
}
