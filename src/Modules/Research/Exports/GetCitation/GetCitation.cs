using System.Globalization;
using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Manifestations;
using Iom.Modules.Research.Series;
using Iom.Modules.Research.Works;
using Mediator;

namespace Iom.Modules.Research.Exports;

/// <summary>A work's required citation in one language.</summary>
/// <param name="Language">The language of the citation (en, fr or es).</param>
/// <param name="Text">The citation.</param>
/// <param name="TitleLanguage">The language the title is cited in: the citation's, or the original when the work has no title in it.</param>
/// <param name="Doi">The DOI cited: that of a version in the citation's language if there is one, else of the original.</param>
internal sealed record CitationDetails(string Language, string Text, string TitleLanguage, string? Doi);

internal sealed record GetCitationQuery(Guid WorkId, string? Language) : IQuery<CitationDetails>;

internal sealed class GetCitationQueryValidator : AbstractValidator<GetCitationQuery>
{
    public GetCitationQueryValidator() =>
        RuleFor(q => q.Language).Must(l => l is null or "en" or "fr" or "es").WithMessage("Citations are given in en, fr or es.");
}

internal sealed class GetCitationQueryHandler(ResearchDatabase db) : IQueryHandler<GetCitationQuery, CitationDetails>
{
    public async ValueTask<CitationDetails> Handle(GetCitationQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var work = await WorkRow.GetAsync(read, query.WorkId, cancellationToken);
        var series = work.SeriesId is { } seriesId ? await SeriesRow.FindAsync(read, seriesId, cancellationToken) : null;
        var manifestations = await ManifestationRow.ForWorkAsync(read, work.Id, cancellationToken);
        return CitationFormat.For(work, series, manifestations, query.Language ?? "en");
    }
}

/// <summary>
/// IOM's "required citation" form: contributors (or IOM as corporate author), year, title, series and number, publisher
/// and place, DOI; with the words and publisher name of each official language.
/// </summary>
internal static class CitationFormat
{
    private static readonly Dictionary<string, Words> ByLanguage = new()
    {
        ["en"] = new("IOM", "and", "(ed.)", "(eds.)", "n.d.", "No.", "International Organization for Migration (IOM), Geneva"),
        ["fr"] = new("OIM", "et", "(dir.)", "(dir.)", "s.d.", "n°", "Organisation internationale pour les migrations (OIM), Genève"),
        ["es"] = new("OIM", "y", "(ed.)", "(eds.)", "s.f.", "n.º", "Organización Internacional para las Migraciones (OIM), Ginebra"),
    };

    public static CitationDetails For(WorkRow work, SeriesRow? series, IReadOnlyList<ManifestationRow> manifestations, string language)
    {
        var words = ByLanguage[language];
        var contributors = work.ContributorList;
        var authors = contributors.Where(c => c.Role == ContributorRole.Author).ToList();
        var editors = contributors.Where(c => c.Role == ContributorRole.Editor).ToList();
        var creator = authors.Count > 0 ? Names(authors, words)
            : editors.Count > 0 ? $"{Names(editors, words)} {(editors.Count == 1 ? words.Editor : words.Editors)}"
            : words.CorporateAuthor;
        var year = (work.PublishedOn?.Year ?? work.ProgrammeYear)?.ToString(CultureInfo.InvariantCulture) ?? words.NoDate;
        var (title, titleLanguage) = work.TitleIn(language);
        var seriesPart = series is null ? string.Empty
            : $" {series.Name.In(language) ?? series.Name.En ?? series.Code}{(work.SeriesNumber is null ? string.Empty : $" {words.Number} {work.SeriesNumber}")}.";
        var doi = (manifestations.FirstOrDefault(m => m.Language == language && m.Doi is not null)
            ?? manifestations.FirstOrDefault(m => m.Language == work.OriginalLanguage && m.Doi is not null))?.Doi;
        var text = $"{creator}, {year}. {title}.{seriesPart} {words.Publisher}.{(doi is null ? string.Empty : $" https://doi.org/{doi}")}";
        return new CitationDetails(language, text, titleLanguage, doi);
    }

    // First person family name first ("McAuliffe, M."), the others initials first ("L.A. Oucho"), the last joined by "and".
    private static string Names(IReadOnlyList<Contributor> people, Words words)
    {
        var names = people.Select((p, i) => i == 0 ? Join(p.FamilyName, Initials(p.GivenName), ", ") : Join(Initials(p.GivenName), p.FamilyName, " ")).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} {words.And} {names[^1]}";
    }

    private static string Join(string? first, string? second, string separator) =>
        string.IsNullOrEmpty(second) ? first ?? string.Empty : string.IsNullOrEmpty(first) ? second : first + separator + second;

    private static string? Initials(string? givenName) =>
        string.IsNullOrWhiteSpace(givenName) ? null
        : string.Concat(givenName.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + "."));

    private sealed record Words(string CorporateAuthor, string And, string Editor, string Editors, string NoDate, string Number, string Publisher);
}
