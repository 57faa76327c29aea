using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.SharedKernel.Modules;

/// <summary>A division module: its services, its endpoints, its database schema.</summary>
public interface IModule
{
    /// <summary>Kebab-case name: the route segment and configuration section (for example <c>governing-bodies</c>).</summary>
    string Name { get; }

    /// <summary>Title-case name used for operation ids and the OpenAPI tag (for example <c>GoverningBodies</c>).</summary>
    string DisplayName { get; }

    /// <summary>One sentence for the module's OpenAPI tag.</summary>
    string Description { get; }

    /// <summary>The module's database schema (<see cref="Name"/> with underscores).</summary>
    string Schema => Name.Replace('-', '_');

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(RouteGroupBuilder group);
}
