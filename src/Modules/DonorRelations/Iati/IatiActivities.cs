using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;

namespace Iom.Modules.DonorRelations.Iati;

/// <summary>
/// The activities IOM reports: one per contribution agreement past draft, and one per donor and appeal for the money
/// that came without an agreement (a UN pooled fund's allocations among it). A flow that other flows pass on is counted
/// through them, as in every total (ADR 0016): a pooled fund's allocation is the transaction, and the contribution it
/// passes on names its donor as a funder of the activity.
/// </summary>
internal static class IatiActivities
{
    public static IatiActivity FromAgreement(AgreementDetails agreement, DonorRow donor, IReadOnlyList<FlowRow> flows) => new(
        IatiXml.Identifier(agreement.Reference), agreement.UpdatedAt, agreement.Currency, agreement.Title,
        $"Contribution agreement {agreement.Reference} with {donor.Name}.",
        [donor], donor, IatiCodes.ActivityStatus(agreement.Status), AgreementDates(agreement),
        [.. agreement.Lines.Select(l => (l.Country, l.Sector, l.Amount))], IatiCodes.AidType(agreement.Earmarking),
        Budgets(agreement), [.. flows.Where(f => !f.HasChildren).SelectMany(f => Stages(f).Select(s => new IatiTransaction(s.Type, s.Date, f, donor, null)))]);

    /// <summary>The flows without an agreement, one activity per donor and appeal (or per donor for flows to no appeal).</summary>
    public static IEnumerable<IatiActivity> WithoutAgreement(
        IReadOnlyList<FlowRow> flows, IReadOnlyDictionary<Guid, DonorRow> donors, IReadOnlyDictionary<Guid, AppealRow> appeals, IReadOnlyDictionary<Guid, AppealLine> lines)
    {
        var byId = flows.ToDictionary(f => f.Id);
        foreach (var group in flows.Where(f => f.AgreementId is null && !f.HasChildren).GroupBy(f => (f.DonorId, f.AppealId)).OrderBy(g => donors[g.Key.DonorId].Code, StringComparer.Ordinal))
        {
            var donor = donors[group.Key.DonorId];
            var appeal = group.Key.AppealId is { } appealId ? appeals[appealId] : null;
            var funders = group.Select(f => f.ParentFlowId is { } parent && byId.TryGetValue(parent, out var passedOn) ? donors[passedOn.DonorId] : null)
                .OfType<DonorRow>().Prepend(donor).DistinctBy(d => d.Id).ToList();
            var years = group.Select(f => f.BudgetYear).ToList();
            var dates = appeal is null
                ? [("1", new DateOnly(years.Min(), 1, 1)), ("3", new DateOnly(years.Max(), 12, 31))]
                : new List<(string, DateOnly)> { ("1", appeal.PeriodStart), ("3", appeal.PeriodEnd) };
            var title = appeal is null ? $"Contributions of {donor.Name} outside agreements" : $"{appeal.TitleEn ?? appeal.Code}: contributions of {donor.Name} outside agreements";
            var parts = group.Select(f => f.AppealLineId is { } line && lines.TryGetValue(line, out var l) ? (l.Country, l.Sector, f.AmountUsd) : ((string?)null, (string?)null, f.AmountUsd)).ToList();
            yield return new IatiActivity(
                IatiXml.Identifier($"{appeal?.Code ?? "DIRECT"}-{donor.Code}"), group.Max(f => f.UpdatedAt), "USD", title,
                $"Funding from {donor.Name} recorded without a contribution agreement{(funders.Count > 1 ? $", passing on contributions of {string.Join(", ", funders.Skip(1).Select(d => d.Name))}" : string.Empty)}.",
                funders, donor, IatiCodes.ActivityStatus(appeal?.Status), dates, parts, null, [],
                [.. group.OrderBy(f => f.FlowDate).ThenBy(f => f.Id).SelectMany(f => Stages(f).Select(s => new IatiTransaction(s.Type, s.Date, f, donor, IatiCodes.AidType(f.Earmarking))))]);
        }
    }

    // Each stage a flow went through is a transaction of its own on its own day: pledged (13), committed (11), paid (1).
    // A flow recorded before the stage days were kept knows only its current stage.
    private static IEnumerable<(string Type, DateOnly Date)> Stages(FlowRow flow)
    {
        var stages = new List<(string, DateOnly)>();
        if (flow.PledgedOn is { } pledged)
        {
            stages.Add((IatiCodes.TransactionType(FlowStatus.Pledge), pledged));
        }

        if (flow.CommittedOn is { } committed)
        {
            stages.Add((IatiCodes.TransactionType(FlowStatus.Commitment), committed));
        }

        if (flow.PaidOn is { } paid)
        {
            stages.Add((IatiCodes.TransactionType(FlowStatus.Paid), paid));
        }

        return stages.Count > 0 ? stages : [(IatiCodes.TransactionType(flow.Status), flow.FlowDate)];
    }

    // ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
    private static List<(string Type, DateOnly Date)> AgreementDates(AgreementDetails agreement)
    {
        var dates = new List<(string, DateOnly)> { ("1", agreement.StartOn) };
        if (agreement.Status is AgreementStatus.Active or AgreementStatus.InClosure or AgreementStatus.Closed)
        {
            dates.Add(("2", agreement.StartOn));
        }

        dates.Add(("3", agreement.EndOn));
        if (agreement.Status == AgreementStatus.Closed)
        {
            dates.Add(("4", agreement.EndOn));
        }

        return dates;
    }

    /// <summary>
    /// The agreement's amount over its period, a budget per year from its start (IATI allows none longer), shared by days,
    /// the last year taking the rounding remainder; revised (type 2) once an amendment changed it.
    /// </summary>
    public static IReadOnlyList<IatiBudget> Budgets(AgreementDetails agreement)
    {
        var periods = new List<(DateOnly Start, DateOnly End)>();
        for (var start = agreement.StartOn; start <= agreement.EndOn; start = start.AddYears(1))
        {
            var end = start.AddYears(1).AddDays(-1);
            periods.Add((start, end < agreement.EndOn ? end : agreement.EndOn));
        }

        var days = agreement.EndOn.DayNumber - agreement.StartOn.DayNumber + 1;
        var type = agreement.Amendments.Count > 0 ? "2" : "1";
        var given = 0m;
        return [.. periods.Select((p, i) =>
        {
            var amount = i == periods.Count - 1 ? agreement.Amount - given
                : Math.Round(agreement.Amount * (p.End.DayNumber - p.Start.DayNumber + 1) / days, 2, MidpointRounding.AwayFromZero);
            given += amount;
            return new IatiBudget(type, p.Start, p.End, amount, agreement.Currency);
        })];
    }
}
