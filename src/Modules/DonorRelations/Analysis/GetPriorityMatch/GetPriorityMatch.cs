using System.Globalization;
using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Analysis;

/// <summary>An unfunded appeal line that fits a donor's declared priorities, and why.</summary>
/// <param name="DonorCode">The donor.</param>
/// <param name="LineCode">The appeal line.</param>
/// <param name="Objective">The line's objective.</param>
/// <param name="Region">The line's region.</param>
/// <param name="Country">The line's country.</param>
/// <param name="Requirement">What the line requires, USD.</param>
/// <param name="Funded">What it has (committed and paid), USD.</param>
/// <param name="Gap">What it still needs, USD.</param>
/// <param name="Score">Objective or theme 3, country 2, region 1, unearmarked giving 1.</param>
/// <param name="Reasons">Why it matches, one reason per point scored.</param>
internal sealed record PriorityMatchRow(
    string DonorCode, string LineCode, string Objective, string? Region, string? Country, decimal Requirement, decimal Funded, decimal Gap, int Score, IReadOnlyList<string> Reasons);

/// <summary>Unfunded lines ranked against donors' priorities for the appeal's year.</summary>
/// <param name="AppealCode">The appeal.</param>
/// <param name="Year">The year whose priorities were read.</param>
/// <param name="Rows">Matches, best first (score, then gap).</param>
internal sealed record PriorityMatchReport(string AppealCode, int Year, IReadOnlyList<PriorityMatchRow> Rows);

/// <summary>Priority match.</summary>
/// <param name="AppealId">The appeal whose unfunded lines to match.</param>
/// <param name="DonorId">Only this donor.</param>
/// <param name="Format">json or csv; when absent, Accept: text/csv asks for csv, anything else gets json.</param>
internal sealed record GetPriorityMatchQuery(Guid AppealId, Guid? DonorId, [property: QueryEnum(typeof(TableFormat))] string? Format) : IQuery<PriorityMatchReport>, ITableQuery
{
    public ITableQuery WithFormat(string format) => this with { Format = format };
}

internal sealed class GetPriorityMatchQueryValidator : AbstractValidator<GetPriorityMatchQuery>
{
    public GetPriorityMatchQueryValidator()
    {
        RuleFor(q => q.AppealId).NotEmpty();
        RuleFor(q => q.Format).EnumName<GetPriorityMatchQuery, TableFormat>();
    }
}

internal sealed class GetPriorityMatchQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetPriorityMatchQuery, PriorityMatchReport>
{
    private const string OneDonorSql = DonorRow.SelectFrom + " WHERE d.id = @DonorId";

    public async ValueTask<PriorityMatchReport> Handle(GetPriorityMatchQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var appeal = await AppealRow.ReadAsync(read, query.AppealId, cancellationToken);
        var funding = (await FundingRules.FundingOfAppealAsync(read, appeal.Id, cancellationToken)).ToLookup(f => f.AppealLineId);
        var donors = (await read.QueryAsync<DonorRow>(query.DonorId is null ? DonorRow.SelectFrom : OneDonorSql, new { query.DonorId }, cancellationToken)).ToList();
        var priorities = await DonorRow.PrioritiesAsync(read, donors.Select(d => d.Id).ToList(), cancellationToken);
        var rows = new List<PriorityMatchRow>();
        foreach (var line in appeal.Lines)
        {
            var funded = FundingRules.Committed(funding[line.Id]) + FundingRules.Paid(funding[line.Id]);
            var gap = line.Requirement - funded;
            if (gap <= 0)
            {
                continue;
            }

            foreach (var donor in donors)
            {
                if (priorities[donor.Id].FirstOrDefault(p => p.Year == appeal.Year) is { } priority && Match(line, priority) is { Count: > 0 } reasons)
                {
                    rows.Add(new PriorityMatchRow(donor.Code, line.Code, line.Objective, line.Region, line.Country, line.Requirement, funded, gap, reasons.Sum(r => r.Points), reasons.Select(r => r.Reason).ToList()));
                }
            }
        }

        return new PriorityMatchReport(appeal.Code, appeal.Year, rows
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.Gap).ThenBy(r => r.DonorCode, StringComparer.Ordinal).ThenBy(r => r.LineCode, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Earmarking donors match on what they declared (objective or theme, country, region); an unearmarked donor can fund
    /// any line, which scores 1 on top of any declared fit.
    /// </summary>
    public static List<(int Points, string Reason)> Match(AppealLine line, DonorPriority priority)
    {
        var reasons = new List<(int, string)>();
        if (priority.Themes.Contains(line.Objective, StringComparer.OrdinalIgnoreCase))
        {
            reasons.Add((3, $"objective {line.Objective} is among its {priority.Year} themes"));
        }

        if (line.Country is { } country && priority.Countries.Contains(country))
        {
            reasons.Add((2, $"country {country} is among its {priority.Year} countries"));
        }

        if (line.Region is { } region && priority.Regions.Contains(region, StringComparer.OrdinalIgnoreCase))
        {
            reasons.Add((1, $"region {region} is among its {priority.Year} regions"));
        }

        if (priority.Modality == Earmarking.Unearmarked)
        {
            reasons.Add((1, "it gives unearmarked funding, which can go to any line"));
        }

        return reasons;
    }

    public static string ToCsv(PriorityMatchReport report)
    {
        var csv = CsvText.AppendRow(new System.Text.StringBuilder(), "donor", "line", "objective", "region", "country", "requirement_usd", "funded_usd", "gap_usd", "score", "reasons");
        foreach (var r in report.Rows)
        {
            CsvText.AppendRow(csv, r.DonorCode, r.LineCode, r.Objective, r.Region, r.Country, T(r.Requirement), T(r.Funded), T(r.Gap),
                r.Score.ToString(CultureInfo.InvariantCulture), string.Join("; ", r.Reasons));
        }

        return csv.ToString();
    }

    private static string T(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
