using System.Globalization;
using FluentValidation;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Flows;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace Iom.Modules.DonorRelations.Analysis;

internal enum CoverageGrouping
{
    Objective,
    Country,
    Donor,
}

/// <summary>One group of an appeal's coverage.</summary>
/// <param name="Key">The objective, country (ISO 3166-1 alpha-3) or donor code; "unallocated" for funding not allocated to a line, "unspecified" for lines without a country.</param>
/// <param name="Requirements">What the group's lines require now (revised where revised); absent when grouping by donor.</param>
/// <param name="Committed">Committed, USD.</param>
/// <param name="Paid">Paid, USD.</param>
/// <param name="Funded">Committed and paid, USD.</param>
/// <param name="PercentFunded">Funded as a percentage of requirements, one decimal, half away from zero.</param>
internal sealed record CoverageRow(string Key, decimal? Requirements, decimal Committed, decimal Paid, decimal Funded, decimal? PercentFunded);

/// <summary>An appeal's requirements against the funding committed and paid to it.</summary>
/// <param name="AppealId">The appeal.</param>
/// <param name="AppealCode">Its code.</param>
/// <param name="By">objective, country or donor.</param>
/// <param name="Rows">One row per group.</param>
/// <param name="Total">The whole appeal.</param>
/// <param name="Method">What is counted, and how it is rounded.</param>
internal sealed record CoverageReport(Guid AppealId, string AppealCode, CoverageGrouping By, IReadOnlyList<CoverageRow> Rows, CoverageRow Total, string Method);

/// <summary>An appeal's coverage.</summary>
/// <param name="AppealId">The appeal.</param>
/// <param name="By">objective (default), country or donor.</param>
/// <param name="Format">json or csv; when absent, Accept: text/csv asks for csv, anything else gets json.</param>
internal sealed record GetCoverageQuery(Guid AppealId, [property: QueryEnum(typeof(CoverageGrouping))] string? By, [property: QueryEnum(typeof(TableFormat))] string? Format)
    : IQuery<CoverageReport>, ITableQuery
{
    public ITableQuery WithFormat(string format) => this with { Format = format };
}

internal sealed class GetCoverageQueryValidator : AbstractValidator<GetCoverageQuery>
{
    public GetCoverageQueryValidator()
    {
        RuleFor(q => q.By).EnumName<GetCoverageQuery, CoverageGrouping>();
        RuleFor(q => q.Format).EnumName<GetCoverageQuery, TableFormat>();
    }
}

internal sealed class GetCoverageQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetCoverageQuery, CoverageReport>
{
    public async ValueTask<CoverageReport> Handle(GetCoverageQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var appeal = await AppealRow.ReadAsync(read, query.AppealId, cancellationToken);
        if (appeal.Currency != Currencies.Usd)
        {
            throw new ConflictException("Coverage needs USD", $"Coverage compares USD funding with requirements; this appeal's requirements are in {appeal.Currency}.", "coverage-needs-usd");
        }

        var flows = await FundingRules.FundingOfAppealAsync(read, appeal.Id, cancellationToken);
        var by = EnumText.ParseOptional<CoverageGrouping>(query.By) ?? CoverageGrouping.Objective;
        var lines = appeal.Lines.ToDictionary(l => l.Id);
        IReadOnlyList<CoverageRow> rows;
        if (by == CoverageGrouping.Donor)
        {
            var codes = await DonorCodes.AllAsync(read, cancellationToken);
            rows = flows.GroupBy(f => f.DonorId)
                .Select(g => Row(codes.GetValueOrDefault(g.Key, g.Key.ToString()), null, g.ToList()))
                .OrderByDescending(r => r.Funded).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        }
        else
        {
            string KeyOf(AppealLine line) => by == CoverageGrouping.Objective ? line.Objective : line.Country ?? "unspecified";
            var groups = appeal.Lines.Select(KeyOf).Distinct().Order(StringComparer.Ordinal).ToList();
            var byKey = flows.ToLookup(f => f.AppealLineId is { } lineId && lines.TryGetValue(lineId, out var line) ? KeyOf(line) : "unallocated");
            rows = groups.Select(key => Row(key, appeal.Lines.Where(l => KeyOf(l) == key).Sum(l => l.Requirement), byKey[key].ToList()))
                .Concat(byKey["unallocated"].Any() ? [Row("unallocated", null, byKey["unallocated"].ToList())] : [])
                .ToList();
        }

        return new CoverageReport(appeal.Id, appeal.Code, by, rows, Row("total", appeal.RevisedRequirements, flows), FundingRules.Method);
    }

    private static CoverageRow Row(string key, decimal? requirements, IReadOnlyList<FlowRow> flows)
    {
        var committed = FundingRules.Committed(flows);
        var paid = FundingRules.Paid(flows);
        return new CoverageRow(key, requirements, committed, paid, committed + paid, requirements is { } r ? Currencies.Percent(committed + paid, r) : null);
    }

    public static string ToCsv(CoverageReport report)
    {
        var csv = CsvText.AppendRow(new System.Text.StringBuilder(), report.By.ToText(), "requirements_usd", "committed_usd", "paid_usd", "funded_usd", "percent_funded");
        foreach (var row in report.Rows.Append(report.Total))
        {
            CsvText.AppendRow(csv, row.Key, Text(row.Requirements), Text(row.Committed), Text(row.Paid), Text(row.Funded), Text(row.PercentFunded));
        }

        return csv.ToString();
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
