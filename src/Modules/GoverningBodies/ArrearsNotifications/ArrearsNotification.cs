using Dapper;
using Iom.Modules.GoverningBodies.MemberStates;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

/// <summary>The Council informed that a Member State's arrears equal or exceed its contributions due for the preceding two years.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Country">The Member State (ISO 3166-1 alpha-3).</param>
/// <param name="NotifiedOn">The day the Council was informed.</param>
/// <param name="SessionId">The session of the Council that was informed, if recorded.</param>
/// <param name="Arrears">The arrears on that day.</param>
/// <param name="DueForTwoYears">The contributions due from the State for the preceding two years.</param>
/// <param name="Currency">ISO 4217 (CHF for the Administrative Part of the Budget).</param>
/// <param name="LosesVoteOn">One year after notifiedOn: the vote is lost from this day if the State is still in arrears.</param>
/// <param name="SettledOn">The day the arrears were paid, or fell below the threshold.</param>
/// <param name="CouncilDecision">maintain or restore: the Council's decision on the vote, if any.</param>
/// <param name="DecidedOn">The day of the Council's decision.</param>
/// <param name="DecisionReference">The resolution or decision that records it.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record ArrearsNotificationDetails(
    Guid Id,
    string Country,
    DateOnly NotifiedOn,
    Guid? SessionId,
    decimal Arrears,
    decimal DueForTwoYears,
    string Currency,
    DateOnly LosesVoteOn,
    DateOnly? SettledOn,
    CouncilDecision? CouncilDecision,
    DateOnly? DecidedOn,
    string? DecisionReference,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource
{
    public ArrearsCase ToCase() => new(Id, NotifiedOn, SettledOn, CouncilDecision, DecidedOn);
}

internal sealed class ArrearsNotificationRow
{
    public const string SelectFrom = """
        SELECT n.id, n.country, n.notified_on, n.session_id, n.arrears, n.due_for_two_years, n.currency, n.settled_on, n.council_decision,
               n.decided_on, n.decision_reference, n.version, n.created_at, n.created_by, n.updated_at, n.updated_by
        FROM governing_bodies.arrears_notifications n
        """;

    private const string ById = SelectFrom + " WHERE n.id = @Id";

    private const string ByCountriesSql = SelectFrom + " WHERE n.country IN @Countries ORDER BY n.country, n.notified_on, n.id";

    private const string AllSql = SelectFrom + " ORDER BY n.country, n.notified_on, n.id";

    public Guid Id { get; set; }
    public string Country { get; set; } = string.Empty;
    public DateOnly NotifiedOn { get; set; }
    public Guid? SessionId { get; set; }
    public decimal Arrears { get; set; }
    public decimal DueForTwoYears { get; set; }
    public string Currency { get; set; } = string.Empty;
    public DateOnly? SettledOn { get; set; }
    public CouncilDecision? CouncilDecision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionReference { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<ArrearsNotificationDetails> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        (await db.QuerySingleOrDefaultAsync<ArrearsNotificationRow>(ById, new { Id = id }, cancellationToken)
            ?? throw new NotFoundException("arrears notification", id)).ToResponse();

    /// <summary>The notifications of <paramref name="countries"/> (every Member State's when null), by country, oldest first.</summary>
    public static async Task<ILookup<string, ArrearsNotificationDetails>> ForAsync(IDbSession db, IReadOnlyList<string>? countries, CancellationToken cancellationToken) =>
        (countries is null
            ? await db.QueryAsync<ArrearsNotificationRow>(AllSql, null, cancellationToken)
            : countries.Count == 0 ? [] : await db.QueryAsync<ArrearsNotificationRow>(ByCountriesSql, new { Countries = countries }, cancellationToken))
        .Select(r => r.ToResponse()).ToLookup(n => n.Country);

    public ArrearsNotificationDetails ToResponse() => new(
        Id, Country, NotifiedOn, SessionId, Arrears, DueForTwoYears, Currency, VotingRights.LossDate(NotifiedOn), SettledOn, CouncilDecision, DecidedOn,
        DecisionReference, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
