using FluentValidation;
using Iom.Contracts.GoverningBodies;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Exports;
using Iom.Modules.Research.History;
using Iom.Modules.Research.Manifestations;
using Iom.Modules.Research.Programme;
using Iom.Modules.Research.Projects;
using Iom.Modules.Research.Reviews;
using Iom.Modules.Research.Series;
using Iom.Modules.Research.Subscriptions;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Modules;
using Iom.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Modules.Research;

/// <summary>The Migration Policy Research Division: research projects, the publication programme, peer review, language versions and their identifiers.</summary>
public sealed class ResearchModule : IModule
{
    internal const string SchemaName = "research";

    public string Name => "research";

    public string DisplayName => "Research";

    public string Description =>
        "Migration Policy Research Division: research projects with their ethics review; publication series and works (the World "
        + "Migration Report, the Migration Research Series...) through the editorial workflow, peer review and clearance; language "
        + "versions with ISBNs and DOIs, translated by the Governing Bodies Division; the publication programme; Crossref deposits and citations.";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ResearchDatabase>();
        services.AddSingleton<ModuleDatabase>(sp => sp.GetRequiredService<ResearchDatabase>());
        services.AddValidatorsFromAssemblyContaining<ResearchModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddOptions<CrossrefOptions>().Bind(configuration.GetSection(CrossrefOptions.Section));
        services.AddScoped<IIntegrationEventSubscriber<PublicationTranslationProgressed>, RecordTranslationProgress>();
    }

    public void MapEndpoints(RouteGroupBuilder group)
    {
        CreateProjectEndpoint.Map(group);
        ListProjectsEndpoint.Map(group);
        GetProjectEndpoint.Map(group);
        UpdateProjectEndpoint.Map(group);
        DeleteProjectEndpoint.Map(group);
        ChangeProjectStatusEndpoint.Map(group);
        RecordEthicsReviewEndpoint.Map(group);

        CreateSeriesEndpoint.Map(group);
        ListSeriesEndpoint.Map(group);
        GetSeriesEndpoint.Map(group);
        UpdateSeriesEndpoint.Map(group);
        DeleteSeriesEndpoint.Map(group);

        CreateWorkEndpoint.Map(group);
        ListWorksEndpoint.Map(group);
        GetWorkEndpoint.Map(group);
        UpdateWorkEndpoint.Map(group);
        DeleteWorkEndpoint.Map(group);
        ChangeWorkStatusEndpoint.Map(group);
        RecordClearanceEndpoint.Map(group);

        OpenReviewRoundEndpoint.Map(group);
        ListReviewRoundsEndpoint.Map(group);
        InviteReviewerEndpoint.Map(group);
        ListReviewAssignmentsEndpoint.Map(group);
        GetReviewAssignmentEndpoint.Map(group);
        ChangeReviewAssignmentEndpoint.Map(group);

        AddManifestationEndpoint.Map(group);
        ListManifestationsEndpoint.Map(group);
        GetManifestationEndpoint.Map(group);
        DeleteManifestationEndpoint.Map(group);
        AssignIdentifiersEndpoint.Map(group);
        ApproveTranslationEndpoint.Map(group);

        GetProgrammeEndpoint.Map(group);
        GetCitationEndpoint.Map(group);
        GetCrossrefDepositEndpoint.Map(group);
        GetHistoryEndpoint.Map(group);
    }
}
