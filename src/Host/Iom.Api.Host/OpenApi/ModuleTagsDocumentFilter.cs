using Iom.SharedKernel.Modules;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>One tag per module, with its description, in catalog order.</summary>
internal sealed class ModuleTagsDocumentFilter(IReadOnlyList<IModule> modules) : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Tags = new HashSet<OpenApiTag>(
            modules.Select(m => new OpenApiTag { Name = m.DisplayName, Description = m.Description })
                .Append(new OpenApiTag { Name = "Operations", Description = "For operations staff: the outbox of every module (scopes operations:read, operations:write)." }));
    }
}
