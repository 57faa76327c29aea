using Dapper;
using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.Research.Programme;

/// <summary>A work as the programme shows it.</summary>
/// <param name="Id">The work.</param>
/// <param name="PublicationCode">Its code.</param>
/// <param name="Title">Its title per language.</param>
/// <param name="Type">Its type.</param>
/// <param name="Status">Its workflow status.</param>
/// <param name="ProgrammeYear">The programme year it was planned in.</param>
/// <param name="PlannedQuarter">The quarter it was planned for.</param>
/// <param name="PublishedOn">When it was published.</param>
internal sealed record ProgrammeWork(Guid Id, string PublicationCode, LocalizedText Title, WorkType Type, WorkStatus Status, int? ProgrammeYear, int? PlannedQuarter, DateOnly? PublishedOn);

/// <summary>One quarter of the programme.</summary>
/// <param name="Quarter">1 to 4.</param>
/// <param name="Planned">Works planned for this quarter.</param>
/// <param name="Published">Works published in this quarter, planned or not.</param>
internal sealed record ProgrammeQuarter(int Quarter, IReadOnlyList<ProgrammeWork> Planned, IReadOnlyList<ProgrammeWork> Published);

/// <summary>The year's figures.</summary>
/// <param name="Planned">Works planned in the year.</param>
/// <param name="PublishedOnTime">Planned works published by the end of their planned quarter.</param>
/// <param name="PublishedLate">Planned works published after their planned quarter.</param>
/// <param name="Outstanding">Planned works not published yet.</param>
/// <param name="PublishedUnplanned">Works published in the year that were not planned in its programme.</param>
internal sealed record ProgrammeTotals(int Planned, int PublishedOnTime, int PublishedLate, int Outstanding, int PublishedUnplanned);

/// <summary>The publication programme of a year: planned works by quarter against what was actually published.</summary>
/// <param name="Year">The programme year.</param>
/// <param name="Quarters">The four quarters.</param>
/// <param name="Totals">The year's figures.</param>
internal sealed record ProgrammeDetails(int Year, IReadOnlyList<ProgrammeQuarter> Quarters, ProgrammeTotals Totals);

internal sealed record GetProgrammeQuery(int Year) : IQuery<ProgrammeDetails>;

internal sealed class GetProgrammeQueryValidator : AbstractValidator<GetProgrammeQuery>
{
    public GetProgrammeQueryValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
}

internal sealed class GetProgrammeQueryHandler(ResearchDatabase db) : IQueryHandler<GetProgrammeQuery, ProgrammeDetails>
{
    private const string Sql = """
        SELECT w.id, w.publication_code, w.title_en, w.title_fr, w.title_es, w.type, w.status, w.programme_year, w.planned_quarter, w.published_on
        FROM research.works w
        WHERE w.programme_year = @Year OR (w.published_on >= @From AND w.published_on <= @To)
        ORDER BY w.publication_code
        """;

    public async ValueTask<ProgrammeDetails> Handle(GetProgrammeQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var rows = (await read.QueryAsync<Row>(Sql, new { query.Year, From = new DateOnly(query.Year, 1, 1), To = new DateOnly(query.Year, 12, 31) }, cancellationToken))
            .Select(r => new ProgrammeWork(r.Id, r.PublicationCode, new LocalizedText(r.TitleEn, r.TitleFr, r.TitleEs), r.Type, r.Status, r.ProgrammeYear, r.PlannedQuarter, r.PublishedOn))
            .ToList();
        return Build(query.Year, rows);
    }

    public static ProgrammeDetails Build(int year, IReadOnlyList<ProgrammeWork> works)
    {
        var planned = works.Where(w => w.ProgrammeYear == year).ToList();
        var published = works.Where(w => w.PublishedOn?.Year == year).ToList();
        var quarters = Enumerable.Range(1, 4).Select(q => new ProgrammeQuarter(
            q,
            planned.Where(w => (w.PlannedQuarter ?? 4) == q).ToList(),
            published.Where(w => QuarterOf(w.PublishedOn!.Value) == q).ToList())).ToList();

        // A work planned without a quarter is due by the end of the year.
        bool OnTime(ProgrammeWork w) => w.PublishedOn <= EndOfQuarter(year, w.PlannedQuarter ?? 4);
        var totals = new ProgrammeTotals(
            planned.Count,
            planned.Count(w => w.PublishedOn is not null && OnTime(w)),
            planned.Count(w => w.PublishedOn is not null && !OnTime(w)),
            planned.Count(w => w.PublishedOn is null),
            published.Count(w => w.ProgrammeYear != year));
        return new ProgrammeDetails(year, quarters, totals);
    }

    private static int QuarterOf(DateOnly date) => ((date.Month - 1) / 3) + 1;

    private static DateOnly EndOfQuarter(int year, int quarter) => new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);

    private sealed class Row
    {
        public Guid Id { get; set; }
        public string PublicationCode { get; set; } = string.Empty;
        public string? TitleEn { get; set; }
        public string? TitleFr { get; set; }
        public string? TitleEs { get; set; }
        public WorkType Type { get; set; }
        public WorkStatus Status { get; set; }
        public int? ProgrammeYear { get; set; }
        public int? PlannedQuarter { get; set; }
        public DateOnly? PublishedOn { get; set; }
    }
}
