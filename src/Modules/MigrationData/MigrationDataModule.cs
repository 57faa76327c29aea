using FluentValidation;
using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Data;
using Iom.Modules.MigrationData.Geography;
using Iom.Modules.MigrationData.History;
using Iom.Modules.MigrationData.Loading;
using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Modules.MigrationData;

/// <summary>The Global Migration Data Analysis Centre: reference geography, partners' datasets and editions, indicators, observations.</summary>
public sealed class MigrationDataModule : IModule
{
    internal const string SchemaName = "migration_data";

    public string Name => "migration-data";

    public string DisplayName => "MigrationData";

    public string Description =>
        "Global Migration Data Analysis Centre (GMDAC): countries with ISO 3166-1 and M49 codes and their regions (M49, SDG, IOM, World Bank income); "
        + "data partners, datasets and their editions; indicators; observations with provenance and vintages; time series, latest values, "
        + "cross-sections, regional aggregates with coverage, revisions; bulk loads and exports in CSV and SDMX-CSV.";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<MigrationDataDatabase>();
        services.AddSingleton<ModuleDatabase>(sp => sp.GetRequiredService<MigrationDataDatabase>());
        services.AddValidatorsFromAssemblyContaining<MigrationDataModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddOptions<MigrationDataOptions>().Bind(configuration.GetSection(MigrationDataOptions.Section));
        services.AddSingleton<AreaDirectory>();
        services.AddSingleton<IndicatorDirectory>();
        services.AddSingleton<ObservationReader>();
        services.AddSingleton<ObservationLoader>();
        services.AddSingleton<StagedLoader>();
        services.AddSingleton<LoadJobs>();
        services.AddHostedService<LoadJobRunner>();
    }

    public void MapEndpoints(RouteGroupBuilder group)
    {
        LookUpAreaEndpoint.Map(group);
        ListCountriesEndpoint.Map(group);
        ListRegionsEndpoint.Map(group);
        GetRegionEndpoint.Map(group);
        CreatePartnerEndpoint.Map(group);
        ListPartnersEndpoint.Map(group);
        GetPartnerEndpoint.Map(group);
        UpdatePartnerEndpoint.Map(group);
        DeletePartnerEndpoint.Map(group);
        CreateDatasetEndpoint.Map(group);
        ListDatasetsEndpoint.Map(group);
        GetDatasetEndpoint.Map(group);
        UpdateDatasetEndpoint.Map(group);
        DeleteDatasetEndpoint.Map(group);
        CreateEditionEndpoint.Map(group);
        ListEditionsEndpoint.Map(group);
        GetEditionEndpoint.Map(group);
        UpdateEditionEndpoint.Map(group);
        DeleteEditionEndpoint.Map(group);
        ReleaseEditionEndpoint.Map(group);
        WithdrawEditionEndpoint.Map(group);
        GetEditionCoverageEndpoint.Map(group);
        CreateIndicatorEndpoint.Map(group);
        ListIndicatorsEndpoint.Map(group);
        GetIndicatorEndpoint.Map(group);
        UpdateIndicatorEndpoint.Map(group);
        LoadObservationsEndpoint.Map(group);
        GetLoadJobEndpoint.Map(group);
        GetTimeSeriesEndpoint.Map(group);
        GetLatestEndpoint.Map(group);
        GetCrossSectionEndpoint.Map(group);
        GetAggregatesEndpoint.Map(group);
        ListRevisionsEndpoint.Map(group);
        GetDataStructureEndpoint.Map(group);
        GetHistoryEndpoint.Map(group);
    }
}
