using FluentValidation;
using Iom.Contracts.GoverningBodies;
using Iom.Contracts.Research;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Documents;
using Iom.Modules.GoverningBodies.Subscriptions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Modules;
using Iom.SharedKernel.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Modules.GoverningBodies;

/// <summary>The Governing Bodies Division: sessions, agendas, official documents, translations and resolutions.</summary>
public sealed partial class GoverningBodiesModule : IModule
{
    internal const string SchemaName = "governing_bodies";

    public string Name => "governing-bodies";

    public string DisplayName => "GoverningBodies";

    public string Description =>
        "Governing Bodies Division: sessions of the Council, the SCPF, the IDM and other bodies; their officers, sittings and speakers; "
        + "agendas; official documents and their symbols; translation into the official languages; resolutions.";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<GoverningBodiesDatabase>();
        services.AddOptions<DocumentFileOptions>().Bind(configuration.GetSection(DocumentFileOptions.Section));
        services.AddSingleton<DocumentFileStore>();
        services.AddSingleton<ModuleDatabase>(sp => sp.GetRequiredService<GoverningBodiesDatabase>());
        services.AddValidatorsFromAssemblyContaining<GoverningBodiesModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<IIntegrationEventSubscriber<DocumentLanguageIssued>, PlanTranslationsWhenIssued>();
        services.AddScoped<IIntegrationEventSubscriber<PublicationTranslationApproved>, OpenPublicationTranslationJobs>();
    }
}
