using Iom.SharedKernel.Data;
using Iom.SharedKernel.Outbox;

namespace Iom.Api.Host.Data;

internal static class DatabaseSetup
{
    public static IServiceCollection AddApiDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        DapperTypeHandlers.Register();
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection("Database"))
            .Configure(o =>
            {
                o.SqlServerConnectionString ??= configuration.GetConnectionString("SqlServer");
                o.SqlServerReadOnlyConnectionString ??= configuration.GetConnectionString("SqlServerReadOnly");
                o.SqliteDirectory = configuration["Database:Sqlite:Directory"] ?? o.SqliteDirectory;
            })
            .Validate(
                o => o.Provider != DatabaseProvider.SqlServer || !string.IsNullOrWhiteSpace(o.SqlServerConnectionString),
                "Database:Provider is SqlServer, so ConnectionStrings:SqlServer must be set.")
            .Validate(o => o.CommandTimeoutSeconds is > 0 and <= 600, "Database:CommandTimeoutSeconds must be between 1 and 600.")
            .ValidateOnStart();
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddSingleton<IntegrationEventDelivery>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService<StoreMonitor>();
        services.Configure<RetentionOptions>(configuration.GetSection("Retention"));
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        services.AddHealthChecks().AddCheck<ModuleDatabasesHealthCheck>("databases", tags: ["ready"]);
        return services;
    }

    /// <summary>Applies every module's pending migrations before the host accepts requests.</summary>
    public static void MigrateModuleDatabases(this IServiceProvider services)
    {
        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            ModuleMigrator.Migrate(database, database.GetType().Assembly);
        }
    }
}
