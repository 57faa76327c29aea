using Dapper;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;

namespace Iom.Modules.DonorRelations.Flows;

/// <summary>FTS's flow status.</summary>
internal enum FlowStatus
{
    Pledge,
    Commitment,
    Paid,
}

internal static class FlowRules
{
    public static readonly StateMachine<FlowStatus> Machine = new StateMachine<FlowStatus>("funding flow")
        .Allow("commit", FlowStatus.Commitment, FlowStatus.Pledge)
        .Allow("pay", FlowStatus.Paid, FlowStatus.Pledge, FlowStatus.Commitment);
}

/// <summary>A funding flow, in OCHA FTS's model: from a donor to an appeal (line), as pledge, commitment or payment.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="DonorId">Where the money comes from.</param>
/// <param name="AppealId">The appeal it funds.</param>
/// <param name="AppealLineId">The appeal line it funds, when allocated to one.</param>
/// <param name="AgreementId">The contribution agreement it comes under.</param>
/// <param name="ParentFlowId">The flow it passes on (a pooled fund's allocation of a donor's contribution).</param>
/// <param name="Status">pledge → commitment → paid.</param>
/// <param name="OriginalAmount">The amount in its currency.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="ExchangeRate">The rate to USD, with source and date.</param>
/// <param name="AmountUsd">The amount in USD, rounded to the cent (half away from zero).</param>
/// <param name="BudgetYear">The year it funds.</param>
/// <param name="FlowDate">The day of its current stage (pledged, committed or paid).</param>
/// <param name="PledgedOn">The day it was pledged, when it went through that stage here.</param>
/// <param name="CommittedOn">The day it was committed, when it went through that stage here.</param>
/// <param name="PaidOn">The day it was paid, once paid.</param>
/// <param name="NewMoney">New money, not a reallocation of earlier funding.</param>
/// <param name="Earmarking">How earmarked it is (its own, else its agreement's).</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record FlowDetails(
    Guid Id, Guid DonorId, Guid? AppealId, Guid? AppealLineId, Guid? AgreementId, Guid? ParentFlowId, FlowStatus Status, decimal OriginalAmount, string Currency,
    ExchangeRate ExchangeRate, decimal AmountUsd, int BudgetYear, DateOnly FlowDate, DateOnly? PledgedOn, DateOnly? CommittedOn, DateOnly? PaidOn, bool NewMoney, Earmarking? Earmarking,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

internal sealed class FlowRow
{
    /// <summary>Every flow, with the earmarking its agreement gives it when it has none of its own, and whether other flows pass it on.</summary>
    public const string SelectFrom = """
        SELECT f.id, f.donor_id, f.appeal_id, f.appeal_line_id, f.agreement_id, f.parent_flow_id, f.status, f.original_amount, f.currency, f.exchange_rate,
               f.rate_source, f.rate_date, f.amount_usd, f.budget_year, f.flow_date, f.pledged_on, f.committed_on, f.paid_on, f.new_money, COALESCE(f.earmarking, g.earmarking) AS earmarking, f.earmarking AS own_earmarking,
               g.start_on AS agreement_start_on, g.end_on AS agreement_end_on,
               CASE WHEN EXISTS (SELECT 1 FROM donor_relations.flows c WHERE c.parent_flow_id = f.id) THEN 1 ELSE 0 END AS has_children,
               f.version, f.created_at, f.created_by, f.updated_at, f.updated_by
        FROM donor_relations.flows f
        LEFT JOIN donor_relations.agreements g ON g.id = f.agreement_id
        """;

    private const string ById = SelectFrom + " WHERE f.id = @Id";

    public Guid Id { get; set; }
    public Guid DonorId { get; set; }
    public Guid? AppealId { get; set; }
    public Guid? AppealLineId { get; set; }
    public Guid? AgreementId { get; set; }
    public Guid? ParentFlowId { get; set; }
    public FlowStatus Status { get; set; }
    public decimal OriginalAmount { get; set; }
    public string Currency { get; set; } = string.Empty;
    public decimal ExchangeRate { get; set; }
    public string RateSource { get; set; } = string.Empty;
    public DateOnly RateDate { get; set; }
    public decimal AmountUsd { get; set; }
    public int BudgetYear { get; set; }
    public DateOnly FlowDate { get; set; }
    public DateOnly? PledgedOn { get; set; }
    public DateOnly? CommittedOn { get; set; }
    public DateOnly? PaidOn { get; set; }
    public bool NewMoney { get; set; }
    public Earmarking? Earmarking { get; set; }

    /// <summary>Its own earmarking, without its agreement's.</summary>
    public Earmarking? OwnEarmarking { get; set; }

    public DateOnly? AgreementStartOn { get; set; }
    public DateOnly? AgreementEndOn { get; set; }
    public bool HasChildren { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    /// <summary>What funding totals count: commitments and payments, not pledges; and a flow passed on to children is counted through them, never with them.</summary>
    public bool CountsAsFunding => Status != FlowStatus.Pledge && !HasChildren;

    public static async Task<FlowRow?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<FlowRow>(ById, new { Id = id }, cancellationToken);

    public static async Task<FlowDetails> ReadAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        (await FindAsync(db, id, cancellationToken) ?? throw new NotFoundException("funding flow", id)).ToResponse();

    public FlowDetails ToResponse() => new(
        Id, DonorId, AppealId, AppealLineId, AgreementId, ParentFlowId, Status, OriginalAmount, Currency, new ExchangeRate(ExchangeRate, RateSource, RateDate), AmountUsd,
        BudgetYear, FlowDate, PledgedOn, CommittedOn, PaidOn, NewMoney, Earmarking, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
