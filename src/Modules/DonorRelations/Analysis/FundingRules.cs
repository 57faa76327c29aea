using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Flows;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;

namespace Iom.Modules.DonorRelations.Analysis;

/// <summary>The rules every funding total follows.</summary>
internal static class FundingRules
{
    public const string Method =
        "Funding is commitments and payments in USD (each converted at its own rate and rounded to the cent, half away from zero); pledges are not "
        + "funding. A flow passed on to child flows is counted through its children only, never with them, so pooled funds are not counted twice. "
        + "Percentages are rounded to one decimal, half away from zero.";

    private const string AppealFlowsSql = FlowRow.SelectFrom + " WHERE f.appeal_id = @AppealId";

    public static async Task<IReadOnlyList<FlowRow>> FundingOfAppealAsync(IDbSession read, Guid appealId, CancellationToken cancellationToken) =>
        (await read.QueryAsync<FlowRow>(AppealFlowsSql, new { AppealId = appealId }, cancellationToken)).Where(f => f.CountsAsFunding).ToList();

    public static decimal Committed(IEnumerable<FlowRow> flows) => Currencies.Cents(flows.Where(f => f.Status == FlowStatus.Commitment).Sum(f => f.AmountUsd));

    public static decimal Paid(IEnumerable<FlowRow> flows) => Currencies.Cents(flows.Where(f => f.Status == FlowStatus.Paid).Sum(f => f.AmountUsd));
}
