using System.Data;
using Iom.Modules.GoverningBodies.Symbols;
using Iom.SharedKernel.Data;

namespace Iom.Modules.GoverningBodies.Data;

/// <summary>
/// Documents sort by symbol number (C/115/4 before C/115/10), through a sort key <see cref="DocumentSymbol.SortKey"/> makes;
/// script 0007 added the column, and this fills it for the documents registered before.
/// </summary>
internal sealed class DocumentSymbolSortKeys : ICodeMigration
{
    public string Name => "0008_fill_document_symbol_sort";

    public string? Apply(Func<IDbCommand> newCommand, DatabaseProvider provider, string schema)
    {
        var table = provider == DatabaseProvider.SqlServer ? $"{schema}.documents" : "documents";
        var symbols = CodeMigrations.Rows(newCommand, $"SELECT id, symbol FROM {table}", r => (Id: r.GetValue(0), Symbol: r.GetString(1)));
        foreach (var (id, symbol) in symbols)
        {
            CodeMigrations.Execute(newCommand, $"UPDATE {table} SET symbol_sort = @p0 WHERE id = @p1", DocumentSymbol.SortKey(symbol), id);
        }

        return null;
    }
}
