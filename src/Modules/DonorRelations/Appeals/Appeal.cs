using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.DonorRelations.Appeals;

internal enum AppealType
{
    GlobalAppeal,
    CrisisResponsePlan,
    FlashAppeal,
    RegionalPlan,
    MigrationInitiatives,
}

internal enum AppealStatus
{
    Draft,
    Published,
    Revised,
    Closed,
}

internal static class AppealRules
{
    public static readonly StateMachine<AppealStatus> Machine = new StateMachine<AppealStatus>("appeal")
        .Allow("publish", AppealStatus.Published, AppealStatus.Draft)
        .Allow("revise", AppealStatus.Revised, AppealStatus.Published, AppealStatus.Revised)
        .Allow("close", AppealStatus.Closed, AppealStatus.Published, AppealStatus.Revised);
}

/// <summary>One line of an appeal's requirements: an objective, in a region or country.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Code">The line's code, unique in the appeal (SO1-KE).</param>
/// <param name="Objective">The objective it serves (SO1, SO2, SO3, enabler).</param>
/// <param name="Region">The region it covers.</param>
/// <param name="Country">The country it covers (ISO 3166-1 alpha-3).</param>
/// <param name="Sector">Its OECD DAC 5-digit sector (CRS purpose code, 15190 migration); IATI exports take 15190 when absent.</param>
/// <param name="OriginalAmount">The requirement as published.</param>
/// <param name="RevisedAmount">The requirement as revised, if it was.</param>
/// <param name="Requirement">What is required now: the revised amount, else the original.</param>
internal sealed record AppealLine(Guid Id, string Code, string Objective, string? Region, string? Country, string? Sector, decimal OriginalAmount, decimal? RevisedAmount, decimal Requirement);

/// <summary>An appeal for funding: the Global Appeal, a crisis response plan, a flash appeal...</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Code">Its code, unique (GA2025, FTS plan codes such as HSYR23).</param>
/// <param name="Type">What kind of appeal it is.</param>
/// <param name="Year">Its year.</param>
/// <param name="Title">Title per language.</param>
/// <param name="PeriodStart">First day it covers.</param>
/// <param name="PeriodEnd">Last day it covers.</param>
/// <param name="Currency">The currency of its requirements.</param>
/// <param name="Status">draft → published → revised → closed.</param>
/// <param name="OriginalRequirements">Sum of the lines' original amounts.</param>
/// <param name="RevisedRequirements">Sum of the lines' current requirements (revised where revised).</param>
/// <param name="Lines">Its requirement lines.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was drafted.</param>
/// <param name="CreatedBy">Who drafted it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record AppealDetails(
    Guid Id, string Code, AppealType Type, int Year, LocalizedText Title, DateOnly PeriodStart, DateOnly PeriodEnd, string Currency, AppealStatus Status,
    decimal OriginalRequirements, decimal RevisedRequirements, IReadOnlyList<AppealLine> Lines, IReadOnlyList<string> AllowedActions,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

internal sealed class AppealRow
{
    public const string SelectFrom = """
        SELECT a.id, a.code, a.type, a.year, a.title_en, a.title_fr, a.title_es, a.period_start, a.period_end, a.currency, a.status,
               a.version, a.created_at, a.created_by, a.updated_at, a.updated_by
        FROM donor_relations.appeals a
        """;

    private const string ById = SelectFrom + " WHERE a.id = @Id";

    private const string LinesSql = """
        SELECT id, appeal_id, code, objective, region, country, sector, original_amount, revised_amount
        FROM donor_relations.appeal_lines WHERE appeal_id IN @Ids ORDER BY code
        """;

    public Guid Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public AppealType Type { get; set; }
    public int Year { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEs { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public string Currency { get; set; } = string.Empty;
    public AppealStatus Status { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<AppealRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(db, id, cancellationToken) ?? throw new NotFoundException("appeal", id);

    /// <summary>The appeal, or null: for a reference in a body, where an unknown id is a 400, not a 404.</summary>
    public static Task<AppealRow?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<AppealRow>(ById, new { Id = id }, cancellationToken);

    public static async Task<ILookup<Guid, AppealLine>> LinesAsync(IDbSession db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<AppealLine>().ToLookup(_ => Guid.Empty);
        }

        var rows = await db.QueryAsync<LineRow>(LinesSql, new { Ids = ids }, cancellationToken);
        return rows.ToLookup(r => r.AppealId, r => new AppealLine(r.Id, r.Code, r.Objective, r.Region, r.Country, r.Sector, r.OriginalAmount, r.RevisedAmount, r.RevisedAmount ?? r.OriginalAmount));
    }

    public static async Task<AppealDetails> ReadAsync(IDbSession db, Guid id, CancellationToken cancellationToken)
    {
        var row = await GetAsync(db, id, cancellationToken);
        return row.ToResponse((await LinesAsync(db, [id], cancellationToken))[id].ToList());
    }

    public AppealDetails ToResponse(IReadOnlyList<AppealLine> lines) => new(
        Id, Code, Type, Year, new LocalizedText(TitleEn, TitleFr, TitleEs), PeriodStart, PeriodEnd, Currency, Status,
        lines.Sum(l => l.OriginalAmount), lines.Sum(l => l.Requirement), lines, AppealRules.Machine.AllowedActions(Status),
        Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);

    private sealed class LineRow
    {
        public Guid Id { get; set; }
        public Guid AppealId { get; set; }
        public string Code { get; set; } = string.Empty;
        public string Objective { get; set; } = string.Empty;
        public string? Region { get; set; }
        public string? Country { get; set; }
        public string? Sector { get; set; }
        public decimal OriginalAmount { get; set; }
        public decimal? RevisedAmount { get; set; }
    }
}
