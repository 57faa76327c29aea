using System.Globalization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// The OpenAPI document, generated and serialised once. Swashbuckle's middleware rebuilds it on every request (well under
/// a thousand a second here): a cheap denial of service on an anonymous route.
/// </summary>
internal sealed class CachedOpenApiDocument(IServiceScopeFactory scopes)
{
    private readonly Lazy<string> _json = new(() =>
    {
        using var scope = scopes.CreateScope();
        var document = scope.ServiceProvider.GetRequiredService<ISwaggerProvider>().GetSwagger("v1");
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        document.SerializeAsV3(new OpenApiJsonWriter(text));
        return text.ToString();
    });

    public string Json => _json.Value;
}
