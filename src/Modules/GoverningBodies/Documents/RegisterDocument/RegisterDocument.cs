using Dapper;
using FluentValidation;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.Modules.GoverningBodies.Symbols;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Register an official document under its symbol.</summary>
/// <param name="Symbol">Official symbol, normalised on the way in (<c>c/115/4/rev.2</c> becomes <c>C/115/4/Rev.2</c>).</param>
/// <param name="Type">What kind of document it is.</param>
/// <param name="Distribution">General, limited or restricted. A revision, corrigendum or addendum is registered at least as restricted as the documents it continues.</param>
/// <param name="OriginalLanguage">ISO 639-1 code of the language it was written in; that version is final once editing is finished.</param>
/// <param name="Title">Title per language.</param>
/// <param name="SessionId">The session; when absent, the session whose symbol prefix the symbol carries, if one is registered.</param>
/// <param name="AgendaItemIds">Agenda items of that session to list it under.</param>
/// <param name="Languages">Further language versions expected (requested until translated). Default: the other official languages; for a corrigendum, none.</param>
internal sealed record RegisterDocumentCommand(
    string? Symbol,
    DocumentType? Type,
    Distribution? Distribution,
    string? OriginalLanguage,
    LocalizedText? Title,
    Guid? SessionId,
    IReadOnlyList<Guid>? AgendaItemIds,
    IReadOnlyList<string>? Languages) : ICommand<DocumentDetails>;

internal sealed class RegisterDocumentCommandValidator : AbstractValidator<RegisterDocumentCommand>
{
    public RegisterDocumentCommandValidator()
    {
        RuleFor(c => c.Symbol).Cascade(CascadeMode.Stop).NotEmpty().Custom((symbol, context) =>
        {
            if (!DocumentSymbol.TryParse(symbol, out _, out var error))
            {
                context.AddFailure(error);
            }
        });
        RuleFor(c => c.Type).NotNull().IsInEnum();
        RuleFor(c => c.Distribution).NotNull().IsInEnum();
        RuleFor(c => c.OriginalLanguage).NotEmpty().LanguageCode();
        RuleFor(c => c.Title).LocalizedText(required: true);
        RuleFor(c => c.Symbol).MaximumLength(DocumentSymbol.MaxLength);
        RuleFor(c => c.AgendaItemIds).MaximumItems(20);
        RuleFor(c => c.Languages).MaximumItems(10);
        RuleForEach(c => c.Languages).LanguageCode();
    }
}

internal sealed class RegisterDocumentCommandHandler(WriteSession write, ICurrentUser user)
    : ICommandHandler<RegisterDocumentCommand, DocumentDetails>
{
    private const string SessionByPrefixSql = "SELECT id FROM governing_bodies.sessions WHERE symbol_prefix = @Prefix";
    private const string AgendaItemsSql = "SELECT id FROM governing_bodies.agenda_items WHERE session_id = @SessionId AND id IN @Ids";

    private const string InsertSql = """
        INSERT INTO governing_bodies.documents
            (id, symbol, symbol_sort, chain_symbol, series, component, revision, corrigendum, addendum, session_id, type, distribution,
             original_language, title_en, title_fr, title_es, version, created_at, created_by, updated_at, updated_by)
        VALUES
            (@Id, @Symbol, @SymbolSort, @ChainSymbol, @Series, @Component, @Revision, @Corrigendum, @Addendum, @SessionId, @Type, @Distribution,
             @OriginalLanguage, @TitleEn, @TitleFr, @TitleEs, 1, @Now, @By, @Now, @By)
        """;

    private const string InsertLanguageSql = """
        INSERT INTO governing_bodies.document_languages (document_id, language, status, available_at, updated_at)
        VALUES (@DocumentId, @Language, @Status, @AvailableAt, @Now)
        """;

    private const string LinkSql = "INSERT INTO governing_bodies.agenda_item_documents (agenda_item_id, document_id) VALUES (@AgendaItemId, @DocumentId)";

    public async ValueTask<DocumentDetails> Handle(RegisterDocumentCommand command, CancellationToken cancellationToken)
    {
        command = command with { OriginalLanguage = Languages.Normalize(command.OriginalLanguage), Languages = command.Languages?.Select(l => Languages.Normalize(l)!).ToList() };
        var symbol = DocumentSymbol.Parse(command.Symbol);
        var inherited = await DocumentLineage.StrictestAsync(write, symbol, cancellationToken);
        var distribution = inherited > command.Distribution ? inherited.Value : command.Distribution!.Value;
        if (distribution == Distribution.Restricted && !user.HasScope(GoverningBodiesScopes.Restricted))
        {
            throw new ForbiddenException(command.Distribution == Distribution.Restricted
                ? $"Registering a restricted document needs the {GoverningBodiesScopes.Restricted} scope."
                : $"{symbol} continues a restricted document; registering it needs the {GoverningBodiesScopes.Restricted} scope.");
        }

        // Symbols are unique across every distribution, so these two checks see restricted documents too.
        if (await DocumentReader.FindBySymbolAsync(write, symbol.ToString(), true, cancellationToken) is not null)
        {
            throw new DuplicateException("document", "symbol", symbol.ToString());
        }

        if (symbol.Corrigendum is not null
            && await DocumentReader.FindBySymbolAsync(write, symbol.CorrectedSymbol, true, cancellationToken) is null)
        {
            throw Invalid.Field("symbol", $"{symbol} corrects {symbol.CorrectedSymbol}, which is not registered.");
        }

        var sessionId = await ResolveSessionAsync(write, command.SessionId, symbol, cancellationToken);
        var agendaItemIds = (command.AgendaItemIds ?? []).Distinct().ToList();
        if (agendaItemIds.Count > 0)
        {
            var found = sessionId is null ? [] : (await write.QueryAsync<Guid>(AgendaItemsSql, new { SessionId = sessionId, Ids = agendaItemIds }, cancellationToken)).ToList();
            var missing = agendaItemIds.Except(found).ToList();
            if (missing.Count > 0)
            {
                throw Invalid.Field("agendaItemIds", $"Not agenda items of the document's session: {string.Join(", ", missing)}.");
            }
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            Symbol = symbol.ToString(),
            SymbolSort = DocumentSymbol.SortKey(symbol.ToString()),
            symbol.ChainSymbol,
            symbol.Series,
            symbol.Component,
            Revision = symbol.Revision ?? 0,
            Corrigendum = symbol.Corrigendum ?? 0,
            Addendum = symbol.Addendum ?? 0,
            SessionId = sessionId,
            Type = command.Type!.Value.ToText(),
            Distribution = distribution.ToText(),
            command.OriginalLanguage,
            TitleEn = command.Title!.En,
            TitleFr = command.Title.Fr,
            TitleEs = command.Title.Es,
            write.Now,
            write.By,
        }, cancellationToken);

        var others = (command.Languages ?? (symbol.Corrigendum is null ? Languages.Official : []))
            .Where(l => l != command.OriginalLanguage).Distinct();
        await write.ExecuteAsync(InsertLanguageSql,
            others.Select(l => new { DocumentId = id, Language = l, Status = LanguageVersionStatus.Requested.ToText(), AvailableAt = (DateTimeOffset?)null, write.Now })
                .Prepend(new { DocumentId = id, Language = command.OriginalLanguage!, Status = LanguageVersionStatus.Requested.ToText(), AvailableAt = (DateTimeOffset?)null, write.Now })
                .ToList(),
            cancellationToken);
        await write.ExecuteAsync(LinkSql, agendaItemIds.Select(a => new { AgendaItemId = a, DocumentId = id }).ToList(), cancellationToken);

        var details = await DocumentReader.GetAsync(write, id, true, cancellationToken);
        await write.RecordAsync(AuditedEntities.Document, id, "create", null, details, cancellationToken);
        return details;
    }

    private static async Task<Guid?> ResolveSessionAsync(WriteSession write, Guid? sessionId, DocumentSymbol symbol, CancellationToken cancellationToken)
    {
        if (sessionId is null)
        {
            return symbol.SessionPrefix is null
                ? null
                : await write.QuerySingleOrDefaultAsync<Guid?>(SessionByPrefixSql, new { Prefix = symbol.SessionPrefix }, cancellationToken);
        }

        var session = await SessionReader.FindAsync(write, sessionId.Value, cancellationToken)
            ?? throw Invalid.Field("sessionId", $"No session has the id {sessionId}.");

        if (session.SymbolPrefix is not null && symbol.SessionPrefix is not null && session.SymbolPrefix != symbol.SessionPrefix)
        {
            throw Invalid.Field("symbol", $"Documents of session {session.SymbolPrefix} have symbols starting {session.SymbolPrefix}/.");
        }

        return session.Id;
    }
}
