using Iom.SharedKernel.Data;
using System.Data.Common;
using Dapper;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;

namespace Iom.Modules.DonorRelations.Pledges;

internal enum PledgeStatus
{
    Announced,
    Confirmed,
    PartiallyConverted,
    Converted,
    Cancelled,
}

internal static class PledgeRules
{
    public static readonly StateMachine<PledgeStatus> Machine = new StateMachine<PledgeStatus>("pledge")
        .Allow("confirm", PledgeStatus.Confirmed, PledgeStatus.Announced)
        .Allow("cancel", PledgeStatus.Cancelled, PledgeStatus.Announced, PledgeStatus.Confirmed, PledgeStatus.PartiallyConverted);

    /// <summary>
    /// The status as it stands: conversion is not stored but follows from the agreements signed against the pledge
    /// (announced or confirmed until one is; partially converted, then converted once they reach the pledged amount).
    /// </summary>
    public static PledgeStatus Current(PledgeStatus stored, decimal amount, decimal converted) =>
        stored == PledgeStatus.Cancelled ? PledgeStatus.Cancelled
        : converted >= amount && amount > 0 ? PledgeStatus.Converted
        : converted > 0 ? PledgeStatus.PartiallyConverted
        : stored;
}

/// <summary>One instalment of a pledge, and how much of it conversions cover (instalments are covered in due order).</summary>
/// <param name="Number">1, 2...</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="Amount">Its amount.</param>
/// <param name="Covered">How much of it agreements signed against the pledge cover.</param>
/// <param name="Overdue">Due and not fully covered (never for a cancelled pledge).</param>
/// <param name="DaysOverdue">Days past due while overdue; 0 otherwise.</param>
internal sealed record Instalment(int Number, DateOnly DueOn, decimal Amount, decimal Covered, bool Overdue, int DaysOverdue);

/// <summary>A donor's pledge, paid through contribution agreements.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="DonorId">The donor.</param>
/// <param name="AppealId">The appeal it answers, if any.</param>
/// <param name="Reference">Its reference, unique.</param>
/// <param name="Amount">The amount pledged.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="PledgedOn">When it was announced.</param>
/// <param name="Earmarking">How earmarked it is.</param>
/// <param name="Status">announced → confirmed → partiallyConverted → converted, or cancelled.</param>
/// <param name="ConvertedAmount">What agreements signed against it amount to (same currency).</param>
/// <param name="OutstandingAmount">Pledged and not yet converted (0 when cancelled).</param>
/// <param name="OverdueAmount">The uncovered part of instalments past due.</param>
/// <param name="Instalments">Its instalments.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record PledgeDetails(
    Guid Id, Guid DonorId, Guid? AppealId, string Reference, decimal Amount, string Currency, DateOnly PledgedOn, Earmarking Earmarking, PledgeStatus Status,
    decimal ConvertedAmount, decimal OutstandingAmount, decimal OverdueAmount, IReadOnlyList<Instalment> Instalments, IReadOnlyList<string> AllowedActions,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

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
