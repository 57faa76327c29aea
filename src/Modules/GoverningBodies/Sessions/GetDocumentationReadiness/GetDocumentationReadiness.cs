using Dapper;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Documents;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>A language version's status as the matrix shows it: missing where there is none.</summary>
internal enum ReadinessStatus
{
    Missing,
    Requested,
    InTranslation,
    InRevision,
    Final,
    Issued,
}

/// <summary>How ready a session's documentation is: each current document against each language.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="SymbolPrefix">The session's symbol prefix.</param>
/// <param name="OpensOn">The session's first day.</param>
/// <param name="DaysBeforeOpening">Days from today to the opening; negative once it has opened.</param>
/// <param name="Languages">The matrix's columns: the official languages. A translation into another language shows in its document's row only.</param>
/// <param name="Documents">The matrix's rows: current documents (superseded revisions and corrigenda left out), by symbol, at most 1,000.</param>
/// <param name="DocumentsReady">How many documents are final or issued in every language of their row.</param>
internal sealed record DocumentationReadiness(
    Guid SessionId,
    string? SymbolPrefix,
    DateOnly OpensOn,
    int DaysBeforeOpening,
    IReadOnlyList<string> Languages,
    IReadOnlyList<DocumentReadiness> Documents,
    int DocumentsReady);

/// <summary>One row of the readiness matrix.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Symbol">Its symbol.</param>
/// <param name="Title">Its title.</param>
/// <param name="Versions">Status per official language (missing where none is there yet), and per other language this document has been or is being translated into.</param>
/// <param name="Ready">True when every language of the row is final or issued.</param>
internal sealed record DocumentReadiness(Guid DocumentId, string Symbol, LocalizedText Title, IReadOnlyDictionary<string, ReadinessStatus> Versions, bool Ready);

internal sealed record GetDocumentationReadinessQuery(Guid SessionId) : IQuery<DocumentationReadiness>;

internal sealed class GetDocumentationReadinessQueryHandler(GoverningBodiesDatabase db, TimeProvider clock, ICurrentUser user)
    : IQueryHandler<GetDocumentationReadinessQuery, DocumentationReadiness>
{
    /// <summary>The matrix shows at most this many documents (a session has a few hundred at most).</summary>
    public const int MaxDocuments = 1000;

    private const string DocumentsSql = DocumentRow.SelectFrom + " WHERE d.session_id = @SessionId AND d.corrigendum = 0 AND " + DocumentReader.Visible + " ORDER BY d.symbol_sort, d.id";

    public async ValueTask<DocumentationReadiness> Handle(GetDocumentationReadinessQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var session = await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var all = (await read.QueryAsync<DocumentRow>(DocumentsSql, new { query.SessionId, SeeRestricted = user.HasScope(GoverningBodiesScopes.Restricted) }, cancellationToken)).ToList();
        var current = all.GroupBy(d => d.ChainSymbol).Select(g => g.MaxBy(d => d.Revision)!).OrderBy(d => d.SymbolSort, StringComparer.Ordinal).Take(MaxDocuments).ToList();
        var versions = await DocumentReader.LanguagesAsync(read, current.Select(d => d.Id).ToList(), cancellationToken);
        var languages = Languages.Official;
        var rows = current.Select(d =>
        {
            var byLanguage = versions[d.Id].ToDictionary(v => v.Language, v => v.Status);
            var rowLanguages = languages.Concat(byLanguage.Keys.Where(l => !languages.Contains(l)).Order(StringComparer.Ordinal));
            var cells = rowLanguages.ToDictionary(l => l, l => byLanguage.TryGetValue(l, out var s) ? ToReadiness(s) : ReadinessStatus.Missing);
            return new DocumentReadiness(d.Id, d.Symbol, d.Title, cells, cells.Values.All(c => c is ReadinessStatus.Final or ReadinessStatus.Issued));
        }).ToList();
        var today = clock.Today();
        return new DocumentationReadiness(
            session.Id, session.SymbolPrefix, session.StartDate, session.StartDate.DayNumber - today.DayNumber, languages, rows, rows.Count(r => r.Ready));
    }

    private static ReadinessStatus ToReadiness(LanguageVersionStatus status) => status switch
    {
        LanguageVersionStatus.Requested => ReadinessStatus.Requested,
        LanguageVersionStatus.InTranslation => ReadinessStatus.InTranslation,
        LanguageVersionStatus.InRevision => ReadinessStatus.InRevision,
        LanguageVersionStatus.Final => ReadinessStatus.Final,
        _ => ReadinessStatus.Issued,
    };
}
