using Iom.SharedKernel.Data;
using System.Data.Common;
using Dapper;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;

namespace Iom.Modules.DonorRelations.Agreements;

internal enum AgreementStatus
{
    Draft,
    Signed,
    Active,
    InClosure,
    Closed,
    Terminated,
}

internal static class AgreementRules
{
    public static readonly StateMachine<AgreementStatus> Machine = new StateMachine<AgreementStatus>("contribution agreement")
        .Allow("sign", AgreementStatus.Signed, AgreementStatus.Draft)
        .Allow("activate", AgreementStatus.Active, AgreementStatus.Signed)
        .Allow("begin-closure", AgreementStatus.InClosure, AgreementStatus.Active)
        .Allow("close", AgreementStatus.Closed, AgreementStatus.InClosure)
        .Allow("terminate", AgreementStatus.Terminated, AgreementStatus.Signed, AgreementStatus.Active, AgreementStatus.InClosure);

    /// <summary>Multi-year funding, as the Grand Bargain counts it: an agreement running 24 months or more.</summary>
    public static bool IsMultiYear(DateOnly startOn, DateOnly endOn) => endOn >= startOn.AddMonths(24).AddDays(-1);
}

/// <summary>An appeal line an agreement funds, and how much of the agreement goes to it.</summary>
/// <param name="AppealLineId">The line.</param>
/// <param name="AppealId">Its appeal.</param>
/// <param name="LineCode">The line's code.</param>
/// <param name="Country">The line's country (ISO 3166-1 alpha-2).</param>
/// <param name="Amount">The part of the agreement for it, in the agreement's currency.</param>
internal sealed record FundedLine(Guid AppealLineId, Guid AppealId, string LineCode, string? Country, decimal Amount);

/// <summary>A change to a signed agreement.</summary>
/// <param name="Number">1, 2...</param>
/// <param name="AmendedOn">When.</param>
/// <param name="PreviousAmount">The amount before.</param>
/// <param name="NewAmount">The amount after.</param>
/// <param name="PreviousEndOn">The end date before.</param>
/// <param name="NewEndOn">The end date after.</param>
/// <param name="Reason">Why.</param>
internal sealed record Amendment(int Number, DateOnly AmendedOn, decimal PreviousAmount, decimal NewAmount, DateOnly PreviousEndOn, DateOnly NewEndOn, string Reason);

/// <summary>A contribution agreement with a donor.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="DonorId">The donor.</param>
/// <param name="Reference">Its reference, unique.</param>
/// <param name="Title">Its title.</param>
/// <param name="Amount">Its amount, in its currency.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="ExchangeRate">The rate to USD, with its source and date.</param>
/// <param name="AmountUsd">The amount in USD: amount × rate, rounded to the cent (half away from zero).</param>
/// <param name="SignedOn">When it was signed.</param>
/// <param name="StartOn">First day.</param>
/// <param name="EndOn">Last day.</param>
/// <param name="MultiYear">Runs 24 months or more.</param>
/// <param name="Earmarking">How earmarked it is.</param>
/// <param name="PledgeId">The pledge it converts, if any.</param>
/// <param name="Lines">The appeal lines it funds.</param>
/// <param name="Amendments">Its amendments.</param>
/// <param name="Status">draft → signed → active → inClosure → closed, or terminated.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was drafted.</param>
/// <param name="CreatedBy">Who drafted it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record AgreementDetails(
    Guid Id, Guid DonorId, string Reference, string Title, decimal Amount, string Currency, ExchangeRate ExchangeRate, decimal AmountUsd,
    DateOnly? SignedOn, DateOnly StartOn, DateOnly EndOn, bool MultiYear, Earmarking Earmarking, Guid? PledgeId,
    IReadOnlyList<FundedLine> Lines, IReadOnlyList<Amendment> Amendments, AgreementStatus Status, IReadOnlyList<string> AllowedActions,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

internal sealed class AgreementRow
{
    public const string SelectFrom = """
        SELECT g.id, g.donor_id, g.reference, g.title, g.amount, g.currency, g.exchange_rate, g.rate_source, g.rate_date, g.signed_on, g.start_on, g.end_on,
               g.earmarking, g.pledge_id, g.status, g.version, g.created_at, g.created_by, g.updated_at, g.updated_by
        FROM donor_relations.agreements g
        """;

    private const string ById = SelectFrom + " WHERE g.id = @Id";

    private const string LinesSql = """
        SELECT al.agreement_id, al.appeal_line_id, l.appeal_id, l.code AS line_code, l.country, al.amount
        FROM donor_relations.agreement_lines al JOIN donor_relations.appeal_lines l ON l.id = al.appeal_line_id
        WHERE al.agreement_id IN @Ids ORDER BY l.code
        """;

    private const string AmendmentsSql = """
        SELECT agreement_id, number, amended_on, previous_amount, new_amount, previous_end_on, new_end_on, reason
        FROM donor_relations.agreement_amendments WHERE agreement_id IN @Ids ORDER BY number
        """;

    public Guid Id { get; set; }
    public Guid DonorId { get; set; }
    public string Reference { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public string Currency { get; set; } = string.Empty;
    public decimal ExchangeRate { get; set; }
    public string RateSource { get; set; } = string.Empty;
    public DateOnly RateDate { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly StartOn { get; set; }
    public DateOnly EndOn { get; set; }
    public Earmarking Earmarking { get; set; }
    public Guid? PledgeId { get; set; }
    public AgreementStatus Status { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<AgreementRow?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<AgreementRow>(ById, new { Id = id }, cancellationToken);

    public static async Task<AgreementDetails> ReadAsync(IDbSession db, Guid id, CancellationToken cancellationToken)
    {
        var row = await FindAsync(db, id, cancellationToken) ?? throw new NotFoundException("agreement", id);
        return (await ToResponsesAsync(db, [row], cancellationToken))[0];
    }

    public static async Task<IReadOnlyList<AgreementDetails>> ToResponsesAsync(IDbSession db, IReadOnlyList<AgreementRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var lines = (await db.QueryAsync<LineRow>(LinesSql, new { Ids = ids }, cancellationToken))
            .ToLookup(l => l.AgreementId, l => new FundedLine(l.AppealLineId, l.AppealId, l.LineCode, l.Country, l.Amount));
        var amendments = (await db.QueryAsync<AmendmentRow>(AmendmentsSql, new { Ids = ids }, cancellationToken))
            .ToLookup(a => a.AgreementId, a => new Amendment(a.Number, a.AmendedOn, a.PreviousAmount, a.NewAmount, a.PreviousEndOn, a.NewEndOn, a.Reason));
        return rows.Select(r => new AgreementDetails(
            r.Id, r.DonorId, r.Reference, r.Title, r.Amount, r.Currency, new ExchangeRate(r.ExchangeRate, r.RateSource, r.RateDate), Currencies.ToUsd(r.Amount, r.ExchangeRate),
            r.SignedOn, r.StartOn, r.EndOn, AgreementRules.IsMultiYear(r.StartOn, r.EndOn), r.Earmarking, r.PledgeId, lines[r.Id].ToList(), amendments[r.Id].ToList(),
            r.Status, AgreementRules.Machine.AllowedActions(r.Status), r.Version, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy)).ToList();
    }

    private sealed class LineRow
    {
        public Guid AgreementId { get; set; }
        public Guid AppealLineId { get; set; }
        public Guid AppealId { get; set; }
        public string LineCode { get; set; } = string.Empty;
        public string? Country { get; set; }
        public decimal Amount { get; set; }
    }

    private sealed class AmendmentRow
    {
        public Guid AgreementId { get; set; }
        public int Number { get; set; }
        public DateOnly AmendedOn { get; set; }
        public decimal PreviousAmount { get; set; }
        public decimal NewAmount { get; set; }
        public DateOnly PreviousEndOn { get; set; }
        public DateOnly NewEndOn { get; set; }
        public string Reason { get; set; } = string.Empty;
    }
}
