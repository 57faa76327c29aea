using FluentValidation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Symbols;

/// <summary>Check and normalise a document symbol without registering anything.</summary>
/// <param name="Symbol">The symbol to parse.</param>
internal sealed record ParseSymbolQuery(string? Symbol) : IQuery<ParsedSymbol>;

/// <summary>A symbol taken apart.</summary>
/// <param name="Symbol">The normalised symbol.</param>
/// <param name="Series">C (Council), S (SCPF) or MC.</param>
/// <param name="SpecialSession">True for a special session (C/Sp/n).</param>
/// <param name="Session">The session number, if the series has one.</param>
/// <param name="SessionPrefix">The session part (C/115).</param>
/// <param name="Component">L (limited, drafts), INF (information), RES (resolution) or CRP (conference room paper).</param>
/// <param name="Number">The document number.</param>
/// <param name="Addendum">Add. number.</param>
/// <param name="Revision">Rev. number.</param>
/// <param name="Corrigendum">Corr. number.</param>
/// <param name="ChainSymbol">The symbol every revision of this document shares.</param>
internal sealed record ParsedSymbol(
    string Symbol, string Series, bool SpecialSession, int? Session, string? SessionPrefix, string? Component, int Number,
    int? Addendum, int? Revision, int? Corrigendum, string ChainSymbol);

internal sealed class ParseSymbolQueryValidator : AbstractValidator<ParseSymbolQuery>
{
    public ParseSymbolQueryValidator() =>
        RuleFor(q => q.Symbol).Custom((symbol, context) =>
        {
            if (!DocumentSymbol.TryParse(symbol, out _, out var error))
            {
                context.AddFailure(error);
            }
        });
}

internal sealed class ParseSymbolQueryHandler : IQueryHandler<ParseSymbolQuery, ParsedSymbol>
{
    public ValueTask<ParsedSymbol> Handle(ParseSymbolQuery query, CancellationToken cancellationToken)
    {
        var s = DocumentSymbol.Parse(query.Symbol);
        return ValueTask.FromResult(new ParsedSymbol(
            s.ToString(), s.Series, s.Special, s.Session, s.SessionPrefix, s.Component, s.Number, s.Addendum, s.Revision, s.Corrigendum, s.ChainSymbol));
    }
}
