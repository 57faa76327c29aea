using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Symbols;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Find a document by its symbol.</summary>
/// <param name="Symbol">The symbol, in any case and spacing (<c>c/115/4</c>).</param>
/// <param name="Latest">When true (the default), answer the latest revision of the document the symbol names; when false, exactly that symbol.</param>
internal sealed record GetDocumentBySymbolQuery(string? Symbol, bool? Latest) : IQuery<DocumentDetails>;

internal sealed class GetDocumentBySymbolQueryValidator : AbstractValidator<GetDocumentBySymbolQuery>
{
    public GetDocumentBySymbolQueryValidator() =>
        RuleFor(q => q.Symbol).Custom((symbol, context) =>
        {
            if (!DocumentSymbol.TryParse(symbol, out _, out var error))
            {
                context.AddFailure(error);
            }
        });
}

internal sealed class GetDocumentBySymbolQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<GetDocumentBySymbolQuery, DocumentDetails>
{
    public async ValueTask<DocumentDetails> Handle(GetDocumentBySymbolQuery query, CancellationToken cancellationToken)
    {
        var symbol = DocumentSymbol.Parse(query.Symbol);
        await using var read = await db.ReadAsync(cancellationToken);
        DocumentRow? row;
        if (query.Latest == false || symbol.Corrigendum is not null)
        {
            row = await DocumentReader.FindBySymbolAsync(read, symbol.ToString(), SeeRestricted, cancellationToken);
        }
        else
        {
            row = (await DocumentReader.ChainAsync(read, symbol.ChainSymbol, SeeRestricted, cancellationToken))
                .Where(d => d.Corrigendum == 0)
                .MaxBy(d => d.Revision);
        }

        return row is null
            ? throw new NotFoundException("document", symbol.ToString())
            : await DocumentReader.DetailsAsync(read, row, SeeRestricted, cancellationToken);
    }

    private bool SeeRestricted => user.HasScope(GoverningBodiesScopes.Restricted);
}
