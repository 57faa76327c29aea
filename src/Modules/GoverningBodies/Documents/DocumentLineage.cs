using Iom.Modules.GoverningBodies.Symbols;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>
/// The documents a new symbol continues: its chain (every revision and corrigendum of one document) and, for an
/// addendum, the document it adds to. A continuation is at least as restricted as they are, so that a writer without
/// the restricted scope cannot put a public revision in front of a restricted document.
/// </summary>
internal static class DocumentLineage
{
    private const string DistributionsSql = """
        SELECT DISTINCT distribution FROM governing_bodies.documents WHERE chain_symbol = @ChainSymbol OR symbol = @AddsTo
        """;

    /// <summary>The strictest distribution the symbol's lineage already has, or null when nothing registered precedes it.</summary>
    public static async Task<Distribution?> StrictestAsync(IDbSession db, DocumentSymbol symbol, CancellationToken cancellationToken)
    {
        var found = await db.QueryAsync<string>(DistributionsSql, new { symbol.ChainSymbol, symbol.AddsTo }, cancellationToken);
        return found.Select(EnumText.Parse<Distribution>).Cast<Distribution?>().Max();
    }
}
