using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Symbols;

internal static class ParseSymbolEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ParseSymbolQuery, ParsedSymbol>(module, "/symbols/parse", "GoverningBodies_ParseSymbol", "Check and normalise a document symbol");
}
