using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;

namespace Iom.Modules.Research.Works;

/// <summary>The checks a work passes before publication, from IOM's publishing standards.</summary>
internal enum ClearanceKind
{
    /// <summary>Designations and country names follow UN usage, with the disclaimer.</summary>
    Designations,
    Maps,
    Legal,
    DataVerification,
    Style,
}

internal enum ClearanceStatus
{
    Pending,
    Passed,
    Failed,
    NotApplicable,
}

/// <summary>One clearance check of a work.</summary>
/// <param name="Kind">designations (and country names), maps, legal, dataVerification or style.</param>
/// <param name="Status">pending, passed, failed or notApplicable.</param>
/// <param name="Note">The reviewer's note.</param>
/// <param name="DecidedBy">Who decided it.</param>
/// <param name="DecidedAt">When.</param>
internal sealed record ClearanceDetails(ClearanceKind Kind, ClearanceStatus Status, string? Note, string? DecidedBy, DateTimeOffset? DecidedAt);

internal static class Clearances
{
    private const string SelectSql = """
        SELECT work_id, kind, status, note, decided_by, decided_at FROM research.clearances WHERE work_id IN @Ids
        """;

    private const string InsertSql = "INSERT INTO research.clearances (work_id, kind, status, note, decided_by, decided_at) VALUES (@WorkId, @Kind, @Status, NULL, NULL, NULL)";

    /// <summary>Every kind, pending: a new work starts with all its checks to do.</summary>
    public static async Task OpenAllAsync(WriteSession write, Guid workId, CancellationToken cancellationToken)
    {
        foreach (var kind in Enum.GetValues<ClearanceKind>())
        {
            await write.ExecuteAsync(InsertSql, new { WorkId = workId, Kind = kind.ToText(), Status = ClearanceStatus.Pending.ToText() }, cancellationToken);
        }
    }

    public static async Task<ILookup<Guid, ClearanceDetails>> ReadAsync(IDbSession db, IReadOnlyList<Guid> workIds, CancellationToken cancellationToken)
    {
        if (workIds.Count == 0)
        {
            return Array.Empty<ClearanceDetails>().ToLookup(_ => Guid.Empty);
        }

        var rows = await db.QueryAsync<ClearanceRow>(SelectSql, new { Ids = workIds }, cancellationToken);
        return rows.OrderBy(r => r.Kind)
            .ToLookup(r => r.WorkId, r => new ClearanceDetails(r.Kind, r.Status, r.Note, r.DecidedBy, r.DecidedAt));
    }

    /// <summary>The kinds neither passed nor marked not applicable: what still blocks publication.</summary>
    public static IReadOnlyList<string> Outstanding(IEnumerable<ClearanceDetails> clearances) =>
        clearances.Where(c => c.Status is not (ClearanceStatus.Passed or ClearanceStatus.NotApplicable)).Select(c => c.Kind.ToText()).ToList();

    private sealed class ClearanceRow
    {
        public Guid WorkId { get; set; }
        public ClearanceKind Kind { get; set; }
        public ClearanceStatus Status { get; set; }
        public string? Note { get; set; }
        public string? DecidedBy { get; set; }
        public DateTimeOffset? DecidedAt { get; set; }
    }
}
