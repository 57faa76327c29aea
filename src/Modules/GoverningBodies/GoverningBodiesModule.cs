using FluentValidation;
using Iom.Modules.GoverningBodies.AgendaItems.AddAgendaItem;
using Iom.Modules.GoverningBodies.AgendaItems.ChangeAgendaItemStatus;
using Iom.Modules.GoverningBodies.AgendaItems.GetAgendaItem;
using Iom.Modules.GoverningBodies.AgendaItems.ListAgendaItems;
using Iom.Contracts.GoverningBodies;
using Iom.Contracts.Research;
using Iom.Modules.GoverningBodies.Documents.GetDocument;
using Iom.Modules.GoverningBodies.Documents.IssueLanguage;
using Iom.Modules.GoverningBodies.Subscriptions;
using Iom.SharedKernel.Outbox;
using Iom.Modules.GoverningBodies.Documents.ListDocuments;
using Iom.Modules.GoverningBodies.Documents.RegisterDocument;
using Iom.Modules.GoverningBodies.History;
using Iom.Modules.GoverningBodies.Resolutions.GetResolution;
using Iom.Modules.GoverningBodies.Resolutions.ListResolutions;
using Iom.Modules.GoverningBodies.Resolutions.RecordResolution;
using Iom.Modules.GoverningBodies.Sessions.GetDocumentationReadiness;
using Iom.Modules.GoverningBodies.Symbols.ParseSymbol;
using Iom.Modules.GoverningBodies.TranslationJobs.ChangeTranslationJobStatus;
using Iom.Modules.GoverningBodies.TranslationJobs.GetTranslationJob;
using Iom.Modules.GoverningBodies.TranslationJobs.ListTranslationBacklog;
using Iom.Modules.GoverningBodies.TranslationJobs.RequestTranslation;
using Iom.Modules.GoverningBodies.Bodies.ListBodies;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions.ChangeSessionStatus;
using Iom.Modules.GoverningBodies.Sessions.GetSession;
using Iom.Modules.GoverningBodies.Sessions.GetSessionCalendar;
using Iom.Modules.GoverningBodies.Sessions.ListSessions;
using Iom.Modules.GoverningBodies.Sessions.ScheduleSession;
using Iom.Modules.GoverningBodies.Sessions.UpdateSession;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Modules.GoverningBodies;

/// <summary>The Governing Bodies Division: sessions, agendas, official documents, translations and resolutions.</summary>
public sealed class GoverningBodiesModule : IModule
{
    internal const string SchemaName = "governing_bodies";

    public string Name => "governing-bodies";

    public string DisplayName => "GoverningBodies";

    public string Description =>
        "Governing Bodies Division: sessions of the Council, the SCPF, the IDM and other bodies; agendas; official documents "
        + "and their symbols; translation into the official languages; resolutions.";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<GoverningBodiesDatabase>();
        services.AddSingleton<ModuleDatabase>(sp => sp.GetRequiredService<GoverningBodiesDatabase>());
        services.AddValidatorsFromAssemblyContaining<GoverningBodiesModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<IIntegrationEventSubscriber<DocumentLanguageIssued>, PlanTranslationsWhenIssued>();
        services.AddScoped<IIntegrationEventSubscriber<PublicationTranslationApproved>, OpenPublicationTranslationJobs>();
    }

    public void MapEndpoints(RouteGroupBuilder group)
    {
        ListBodiesEndpoint.Map(group);

        var sessions = group.MapGroup("/sessions");
        ScheduleSessionEndpoint.Map(sessions);
        ListSessionsEndpoint.Map(sessions);
        GetSessionCalendarEndpoints.Map(sessions);
        GetSessionEndpoint.Map(sessions);
        UpdateSessionEndpoint.Map(sessions);
        ChangeSessionStatusEndpoints.Map(sessions);
        GetDocumentationReadinessEndpoint.Map(sessions);

        AddAgendaItemEndpoint.Map(group);
        ListAgendaItemsEndpoint.Map(group);
        GetAgendaItemEndpoint.Map(group);
        ChangeAgendaItemStatusEndpoints.Map(group);

        var documents = group.MapGroup("/documents");
        RegisterDocumentEndpoint.Map(documents);
        ListDocumentsEndpoint.Map(documents);
        GetDocumentEndpoints.Map(documents);
        IssueLanguageEndpoint.Map(documents);
        ParseSymbolEndpoint.Map(group);

        RequestTranslationEndpoint.Map(group);
        ListTranslationBacklogEndpoint.Map(group);
        GetTranslationJobEndpoint.Map(group);
        ChangeTranslationJobStatusEndpoints.Map(group);

        var resolutions = group.MapGroup("/resolutions");
        RecordResolutionEndpoint.Map(resolutions);
        ListResolutionsEndpoint.Map(resolutions);
        GetResolutionEndpoint.Map(resolutions);

        GetHistoryEndpoint.Map(group);
    }
}
