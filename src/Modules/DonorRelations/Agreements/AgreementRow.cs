using Dapper;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.DonorRelations.Agreements;

internal sealed class AgreementRow
{
    public const string SelectFrom = """
        SELECT g.id, g.donor_id, g.reference, g.title, g.amount, g.currency, g.exchange_rate, g.rate_source, g.rate_date, g.signed_on, g.start_on, g.end_on,
               g.earmarking, g.pledge_id, g.status, g.version, g.created_at, g.created_by, g.updated_at, g.updated_by
        FROM donor_relations.agreements g
        """;

    private const string ById = SelectFrom + " WHERE g.id = @Id";

    private const string LinesSql = """
        SELECT al.agreement_id, al.appeal_line_id, l.appeal_id, l.code AS line_code, l.country, l.sector, al.amount
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
            .ToLookup(l => l.AgreementId, l => new FundedLine(l.AppealLineId, l.AppealId, l.LineCode, l.Country, l.Sector, l.Amount));
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
        public string? Sector { get; set; }
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
