using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.DonorRelations.Pledges;

internal sealed class PledgeRow
{
    public const string SelectFrom = """
        SELECT p.id, p.donor_id, p.appeal_id, p.reference, p.amount, p.currency, p.pledged_on, p.earmarking, p.status,
               p.version, p.created_at, p.created_by, p.updated_at, p.updated_by
        FROM donor_relations.pledges p
        """;

    private const string ById = SelectFrom + " WHERE p.id = @Id";

    private const string InstalmentsSql = "SELECT pledge_id, number, due_on, amount FROM donor_relations.pledge_instalments WHERE pledge_id IN @Ids ORDER BY number";

    /// <summary>Agreements count towards their pledge once signed, and stop counting if terminated.</summary>
    private const string ConvertedSql = """
        SELECT pledge_id, amount FROM donor_relations.agreements WHERE pledge_id IN @Ids AND status NOT IN ('draft', 'terminated')
        """;

    public Guid Id { get; set; }
    public Guid DonorId { get; set; }
    public Guid? AppealId { get; set; }
    public string Reference { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public string Currency { get; set; } = string.Empty;
    public DateOnly PledgedOn { get; set; }
    public Earmarking Earmarking { get; set; }
    public PledgeStatus Status { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<PledgeRow?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<PledgeRow>(ById, new { Id = id }, cancellationToken);

    public static async Task<PledgeDetails> ReadAsync(IDbSession db, Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        var row = await FindAsync(db, id, cancellationToken) ?? throw new NotFoundException("pledge", id);
        return (await ToResponsesAsync(db, [row], today, cancellationToken))[0];
    }

    public static async Task<IReadOnlyList<PledgeDetails>> ToResponsesAsync(
        IDbSession db, IReadOnlyList<PledgeRow> rows, DateOnly today, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var instalments = (await db.QueryAsync<InstalmentRow>(InstalmentsSql, new { Ids = ids }, cancellationToken)).ToLookup(i => i.PledgeId);
        var converted = (await db.QueryAsync<InstalmentRow>(ConvertedSql, new { Ids = ids }, cancellationToken)).ToLookup(c => c.PledgeId, c => c.Amount);
        return rows.Select(r => r.ToResponse(instalments[r.Id].Select(i => (i.Number, i.DueOn, i.Amount)).ToList(), converted[r.Id].Sum(), today)).ToList();
    }

    private sealed class InstalmentRow
    {
        public Guid PledgeId { get; set; }
        public int Number { get; set; }
        public DateOnly DueOn { get; set; }
        public decimal Amount { get; set; }
    }

    private PledgeDetails ToResponse(IReadOnlyList<(int Number, DateOnly DueOn, decimal Amount)> instalments, decimal converted, DateOnly today)
    {
        var status = PledgeRules.Current(Status, Amount, converted);
        var remaining = converted;
        var schedule = new List<Instalment>();
        foreach (var (number, dueOn, amount) in instalments.OrderBy(i => i.DueOn).ThenBy(i => i.Number))
        {
            var covered = Math.Clamp(remaining, 0, amount);
            remaining -= covered;
            var overdue = status != PledgeStatus.Cancelled && covered < amount && dueOn < today;
            schedule.Add(new Instalment(number, dueOn, amount, covered, overdue, overdue ? today.DayNumber - dueOn.DayNumber : 0));
        }

        return new PledgeDetails(
            Id, DonorId, AppealId, Reference, Amount, Currency, PledgedOn, Earmarking, status, converted,
            status == PledgeStatus.Cancelled ? 0 : Math.Max(0, Amount - converted), schedule.Where(i => i.Overdue).Sum(i => i.Amount - i.Covered), schedule,
            PledgeRules.Machine.AllowedActions(status), Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
    }
}
