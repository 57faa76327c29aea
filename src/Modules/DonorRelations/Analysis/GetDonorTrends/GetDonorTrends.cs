using System.Globalization;
using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Flows;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Analysis;

/// <summary>A donor's funding in one year.</summary>
/// <param name="Year">The budget year.</param>
/// <param name="DonorCode">The donor.</param>
/// <param name="Total">Committed and paid, USD.</param>
/// <param name="Unearmarked">Of which unearmarked, USD.</param>
/// <param name="SoftlyEarmarked">Of which softly earmarked, USD.</param>
/// <param name="Earmarked">Of which earmarked, USD.</param>
/// <param name="UnearmarkedShare">Unearmarked as a percentage of the total.</param>
/// <param name="SoftlyEarmarkedShare">Softly earmarked as a percentage of the total.</param>
/// <param name="EarmarkedShare">Earmarked as a percentage of the total.</param>
/// <param name="MultiYear">Of the total, what comes under agreements of 24 months or more, USD.</param>
/// <param name="MultiYearShare">Multi-year as a percentage of the total.</param>
internal sealed record TrendRow(
    int Year, string DonorCode, decimal Total, decimal Unearmarked, decimal SoftlyEarmarked, decimal Earmarked,
    decimal UnearmarkedShare, decimal SoftlyEarmarkedShare, decimal EarmarkedShare, decimal MultiYear, decimal MultiYearShare);

/// <summary>Donors' funding over the years.</summary>
/// <param name="Rows">One row per donor and year, by donor code then year.</param>
/// <param name="Method">What is counted, and how it is rounded.</param>
internal sealed record TrendReport(IReadOnlyList<TrendRow> Rows, string Method);

/// <summary>Donor trends.</summary>
/// <param name="DonorId">Only this donor.</param>
/// <param name="From">First budget year.</param>
/// <param name="To">Last budget year.</param>
/// <param name="Format">json or csv; when absent, Accept: text/csv asks for csv, anything else gets json.</param>
internal sealed record GetDonorTrendsQuery(Guid? DonorId, int? From, int? To, [property: QueryEnum(typeof(TableFormat))] string? Format) : IQuery<TrendReport>, ITableQuery
{
    public ITableQuery WithFormat(string format) => this with { Format = format };
}

internal sealed class GetDonorTrendsQueryValidator : AbstractValidator<GetDonorTrendsQuery>
{
    public GetDonorTrendsQueryValidator()
    {
        RuleFor(q => q.From).InclusiveBetween(2000, 2100);
        RuleFor(q => q.To).InclusiveBetween(2000, 2100).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null);
        RuleFor(q => q.Format).EnumName<GetDonorTrendsQuery, TableFormat>();
    }
}

internal sealed class GetDonorTrendsQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetDonorTrendsQuery, TrendReport>
{
    private static readonly QueryFilter<GetDonorTrendsQuery> Filter = new QueryFilter<GetDonorTrendsQuery>()
        .When(q => q.DonorId is not null, "f.donor_id = @DonorId", q => new { q.DonorId })
        .When(q => q.From is not null, "f.budget_year >= @From", q => new { q.From })
        .When(q => q.To is not null, "f.budget_year <= @To", q => new { q.To });

    /// <summary>The flows a filter selects.</summary>
    public static string Sql(SqlFilter filter, SqlDialect dialect) => $"{FlowRow.SelectFrom} {filter.ToWhereClause()}";

    public async ValueTask<TrendReport> Handle(GetDonorTrendsQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter.For(query);
        await using var read = await db.ReadAsync(cancellationToken);
        var flows = (await read.QueryAsync<FlowRow>(Sql(filter, read.Dialect), filter.Parameters, cancellationToken))
            .Where(f => f.CountsAsFunding).ToList();
        var codes = await DonorCodes.AllAsync(read, cancellationToken);
        var rows = flows.GroupBy(f => (f.DonorId, f.BudgetYear))
            .Select(g => Row(g.Key.BudgetYear, codes[g.Key.DonorId], g.ToList()))
            .OrderBy(r => r.DonorCode, StringComparer.Ordinal).ThenBy(r => r.Year).ToList();
        return new TrendReport(rows, FundingRules.Method + " Multi-year: under an agreement of 24 months or more.");
    }

    private static TrendRow Row(int year, string donor, IReadOnlyList<FlowRow> flows)
    {
        decimal Sum(Func<FlowRow, bool> which) => Currencies.Cents(flows.Where(which).Sum(f => f.AmountUsd));
        var total = Sum(_ => true);
        var unearmarked = Sum(f => f.Earmarking == Earmarking.Unearmarked);
        var softly = Sum(f => f.Earmarking == Earmarking.SoftlyEarmarked);
        var earmarked = Sum(f => f.Earmarking == Earmarking.Earmarked);
        var multiYear = Sum(f => f.AgreementStartOn is { } start && f.AgreementEndOn is { } end && AgreementRules.IsMultiYear(start, end));
        return new TrendRow(
            year, donor, total, unearmarked, softly, earmarked, Currencies.Percent(unearmarked, total), Currencies.Percent(softly, total), Currencies.Percent(earmarked, total),
            multiYear, Currencies.Percent(multiYear, total));
    }

    public static string ToCsv(TrendReport report)
    {
        var csv = CsvText.AppendRow(new System.Text.StringBuilder(), "donor", "year", "total_usd", "unearmarked_usd", "softly_earmarked_usd", "earmarked_usd",
            "unearmarked_share", "softly_earmarked_share", "earmarked_share", "multi_year_usd", "multi_year_share");
        foreach (var r in report.Rows)
        {
            CsvText.AppendRow(csv, r.DonorCode, r.Year.ToString(CultureInfo.InvariantCulture), T(r.Total), T(r.Unearmarked), T(r.SoftlyEarmarked), T(r.Earmarked),
                T(r.UnearmarkedShare), T(r.SoftlyEarmarkedShare), T(r.EarmarkedShare), T(r.MultiYear), T(r.MultiYearShare));
        }

        return csv.ToString();
    }

    private static string T(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
