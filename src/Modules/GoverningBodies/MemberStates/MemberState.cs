using Dapper;
using Iom.Modules.GoverningBodies.ArrearsNotifications;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.MemberStates;

/// <summary>A Member State of IOM.</summary>
/// <param name="Country">ISO 3166-1 alpha-3.</param>
/// <param name="Name">Its short name in the official languages (ISO 3166 / UN M49 code list).</param>
/// <param name="MemberSince">The day it became a member.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record MemberStateDetails(
    string Country,
    LocalizedText Name,
    DateOnly MemberSince,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

internal sealed class MemberStateRow
{
    private const string SelectFrom = """
        SELECT m.country, m.member_since, m.version, m.created_at, m.created_by, m.updated_at, m.updated_by
        FROM governing_bodies.member_states m
        """;

    private const string ByCountry = SelectFrom + " WHERE m.country = @Country";

    private const string AllSql = SelectFrom + " ORDER BY m.country";

    public string Country { get; set; } = string.Empty;
    public DateOnly MemberSince { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    /// <summary>The Member State <paramref name="code"/> names in any form the country code list takes (404 otherwise).</summary>
    public static async Task<MemberStateRow> GetAsync(IDbSession db, string code, CancellationToken cancellationToken) =>
        (Countries.TryFind(code, out var country)
            ? await db.QuerySingleOrDefaultAsync<MemberStateRow>(ByCountry, new { Country = country.Alpha3 }, cancellationToken)
            : null)
        ?? throw new NotFoundException("member state", code);

    public static async Task<MemberStateDetails> ReadAsync(IDbSession db, string code, CancellationToken cancellationToken) =>
        (await GetAsync(db, code, cancellationToken)).ToResponse();

    /// <summary>A Member State's voting rights on <paramref name="asOf"/>, with the notifications they derive from.</summary>
    public static async Task<MemberStateStanding> StandingAsync(IDbSession db, string code, DateOnly asOf, CancellationToken cancellationToken)
    {
        var row = await GetAsync(db, code, cancellationToken);
        var notifications = await ArrearsNotificationRow.ForAsync(db, [row.Country], cancellationToken);
        return row.ToStanding(notifications[row.Country].ToList(), asOf);
    }

    /// <summary>Every Member State's voting rights, by country code: a list of under two hundred by nature.</summary>
    public static async Task<List<MemberStateStanding>> StandingsAsync(IDbSession db, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<MemberStateRow>(AllSql, null, cancellationToken);
        var notifications = await ArrearsNotificationRow.ForAsync(db, null, cancellationToken);
        return rows.Select(r => r.ToStanding(notifications[r.Country].ToList(), asOf)).ToList();
    }

    public MemberStateDetails ToResponse() => new(Country, NameOf(Country), MemberSince, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);

    private MemberStateStanding ToStanding(IReadOnlyList<ArrearsNotificationDetails> notifications, DateOnly asOf) =>
        new(Country, NameOf(Country), MemberSince, VotingRights.On(asOf, notifications.Select(n => n.ToCase())), notifications);

    private static LocalizedText NameOf(string alpha3) => Countries.TryFind(alpha3, out var country) ? country.Name : new LocalizedText(alpha3);
}

/// <summary>A Member State's voting rights on a day: derived from the notifications of its arrears, so it has no version of its own.</summary>
/// <param name="Country">ISO 3166-1 alpha-3.</param>
/// <param name="Name">Its short name in the official languages.</param>
/// <param name="MemberSince">The day it became a member.</param>
/// <param name="VotingRights">Its voting rights on the day asked (today, UTC, by default).</param>
/// <param name="ArrearsNotifications">Each time the Council was informed of its arrears, oldest first.</param>
internal sealed record MemberStateStanding(
    string Country, LocalizedText Name, DateOnly MemberSince, VotingRightsStanding VotingRights, IReadOnlyList<ArrearsNotificationDetails> ArrearsNotifications);

/// <summary>The audit trail keys entries by Guid: a Member State's is made from its M49 code, the same on every host.</summary>
internal static class MemberStateKeys
{
    public static Guid EntityId(string alpha3) =>
        new(int.Parse(Countries.TryFind(alpha3, out var country) ? country.M49 : "0", System.Globalization.CultureInfo.InvariantCulture), 0x4d53, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
