using Dapper;
using Iom.Modules.DonorRelations.Pledges;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.DonorRelations.Agreements;

/// <summary>An appeal line a new agreement funds.</summary>
/// <param name="AppealLineId">The line.</param>
/// <param name="Amount">The part of the agreement for it, in the agreement's currency.</param>
internal sealed record NewFundedLine(Guid AppealLineId, decimal Amount);

internal static class AgreementChecks
{
    private const string LineSql = "SELECT COUNT(*) FROM donor_relations.appeal_lines WHERE id = @Id";
    private const string ConvertedSql = """
        SELECT amount FROM donor_relations.agreements WHERE pledge_id = @PledgeId AND id <> @Id AND status NOT IN ('draft', 'terminated')
        """;

    public static async Task EnsureLinesExistAsync(WriteSession write, IReadOnlyList<NewFundedLine> lines, CancellationToken cancellationToken)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (await write.QuerySingleOrDefaultAsync<long>(LineSql, new { Id = lines[i].AppealLineId }, cancellationToken) == 0)
            {
                throw Invalid.Field($"lines[{i}].appealLineId", $"No appeal line has the id {lines[i].AppealLineId}.");
            }
        }
    }

    /// <summary>Signing converts (part of) a pledge: never beyond what was pledged, never a cancelled one.</summary>
    public static async Task EnsurePledgeCanTakeAsync(WriteSession write, AgreementDetails agreement, decimal amount, DateOnly today, CancellationToken cancellationToken)
    {
        if (agreement.PledgeId is not { } pledgeId)
        {
            return;
        }

        var pledge = await PledgeRow.ReadAsync(write, pledgeId, today, cancellationToken);
        if (pledge.Status == PledgeStatus.Cancelled)
        {
            throw new ConflictException("Pledge cancelled", $"Pledge {pledge.Reference} was cancelled; an agreement can no longer convert it.", "pledge-cancelled");
        }

        var others = (await write.QueryAsync<decimal>(ConvertedSql, new { PledgeId = pledgeId, agreement.Id }, cancellationToken)).Sum();
        if (others + amount > pledge.Amount)
        {
            throw new ConflictException(
                "Pledge exceeded",
                $"Pledge {pledge.Reference} is {pledge.Amount} {pledge.Currency}; {others} is already converted, so this agreement's {amount} would exceed it.",
                "pledge-exceeded");
        }
    }
}
