using FluentValidation;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Analysis;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;
using Iom.Modules.DonorRelations.History;
using Iom.Modules.DonorRelations.Iati;
using Iom.Modules.DonorRelations.Pledges;
using Iom.Modules.DonorRelations.Reporting;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Modules.DonorRelations;

/// <summary>The Donor Relations Division: donors and their priorities, appeals, pledges, contribution agreements, funding flows, donor reporting.</summary>
public sealed class DonorRelationsModule : IModule
{
    internal const string SchemaName = "donor_relations";

    public string Name => "donor-relations";

    public string DisplayName => "DonorRelations";

    public string Description =>
        "Donor Relations Division: donors and their declared priorities; appeals (the Global Appeal, crisis response plans) and their requirements; "
        + "pledges with instalments; contribution agreements with exchange-rate provenance; funding flows in OCHA FTS's model; reporting to donors; "
        + "coverage, donor trends and priority matching without double counting; IATI 2.03 export.";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DonorRelationsDatabase>();
        services.AddSingleton<ModuleDatabase>(sp => sp.GetRequiredService<DonorRelationsDatabase>());
        services.AddValidatorsFromAssemblyContaining<DonorRelationsModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
    }

    public void MapEndpoints(RouteGroupBuilder group)
    {
        CreateDonorEndpoint.Map(group);
        ListDonorsEndpoint.Map(group);
        GetDonorEndpoint.Map(group);
        UpdateDonorEndpoint.Map(group);
        DeleteDonorEndpoint.Map(group);
        SetDonorPrioritiesEndpoint.Map(group);
        CreateAppealEndpoint.Map(group);
        ListAppealsEndpoint.Map(group);
        GetAppealEndpoint.Map(group);
        UpdateAppealEndpoint.Map(group);
        DeleteAppealEndpoint.Map(group);
        ChangeAppealStatusEndpoint.Map(group);
        CreatePledgeEndpoint.Map(group);
        ListPledgesEndpoint.Map(group);
        GetPledgeEndpoint.Map(group);
        UpdatePledgeEndpoint.Map(group);
        DeletePledgeEndpoint.Map(group);
        ChangePledgeStatusEndpoint.Map(group);
        CreateAgreementEndpoint.Map(group);
        ListAgreementsEndpoint.Map(group);
        GetAgreementEndpoint.Map(group);
        UpdateAgreementEndpoint.Map(group);
        DeleteAgreementEndpoint.Map(group);
        ChangeAgreementStatusEndpoint.Map(group);
        AmendAgreementEndpoint.Map(group);
        CreateFlowEndpoint.Map(group);
        ListFlowsEndpoint.Map(group);
        GetFlowEndpoint.Map(group);
        UpdateFlowEndpoint.Map(group);
        DeleteFlowEndpoint.Map(group);
        ChangeFlowStatusEndpoint.Map(group);
        ScheduleReportEndpoint.Map(group);
        ListReportsEndpoint.Map(group);
        GetReportingCalendarEndpoint.Map(group);
        GetReportEndpoint.Map(group);
        UpdateReportEndpoint.Map(group);
        DeleteReportEndpoint.Map(group);
        ChangeReportStatusEndpoint.Map(group);
        GetCoverageEndpoint.Map(group);
        GetDonorTrendsEndpoint.Map(group);
        GetPriorityMatchEndpoint.Map(group);
        GetIatiActivitiesEndpoint.Map(group);
        GetHistoryEndpoint.Map(group);
    }
}
