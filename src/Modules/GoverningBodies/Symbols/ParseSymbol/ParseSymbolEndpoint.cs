using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Symbols;

internal static class ParseSymbolEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ParseSymbolQuery, ParsedSymbol>(module, "/symbols/parse", "GoverningBodies_ParseSymbol", "Check and normalise a document symbol");
}
