using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;

namespace Iom.Modules.DonorRelations.Donors;

internal enum DonorType
{
    Government,
    EuInstitution,
    Multilateral,
    UnPooledFund,
    PrivateSector,
    Foundation,
    Individual,
}

/// <summary>The report format a donor asks for.</summary>
internal enum ReportingTemplate
{
    /// <summary>The Grand Bargain harmonised "8+3" narrative template.</summary>
    GrandBargain8Plus3,
    DonorSpecific,
}

internal enum DonorStatus
{
    Prospect,
    Active,
    Inactive,
}

/// <summary>A donor's contact person.</summary>
/// <param name="Name">Name.</param>
/// <param name="Role">Role or title.</param>
/// <param name="Email">Email address.</param>
internal sealed record FocalPoint(string? Name, string? Role, string? Email);

/// <summary>What a donor has declared it will fund in a year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Themes">Themes and appeal objectives it funds (SO1, climate, protection).</param>
/// <param name="Regions">Regions it funds.</param>
/// <param name="Countries">Countries it funds (ISO 3166-1 alpha-3).</param>
/// <param name="GcmObjectives">Objectives of the Global Compact for Migration (1 to 23).</param>
/// <param name="Modality">Its preferred modality: unearmarked, softlyEarmarked or earmarked.</param>
/// <param name="EnvelopeAmount">Its indicative envelope for the year.</param>
/// <param name="EnvelopeCurrency">The envelope's currency.</param>
internal sealed record DonorPriority(
    int Year, IReadOnlyList<string> Themes, IReadOnlyList<string> Regions, IReadOnlyList<string> Countries, IReadOnlyList<int> GcmObjectives,
    Earmarking Modality, decimal? EnvelopeAmount, string? EnvelopeCurrency);

/// <summary>A donor: a government, an EU institution, a multilateral body, a pooled fund, a company, a foundation or a person.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Code">Short code, unique.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">What kind of donor it is.</param>
/// <param name="Country">Its country (ISO 3166-1 alpha-3).</param>
/// <param name="IatiRef">Its IATI organisation identifier (GB-GOV-1).</param>
/// <param name="FtsId">Its organisation id in OCHA's Financial Tracking Service.</param>
/// <param name="FocalPoints">Its contact people.</param>
/// <param name="ReportingTemplate">The report format it asks for.</param>
/// <param name="Status">prospect, active or inactive.</param>
/// <param name="Priorities">Its declared priorities, by year.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record DonorDetails(
    Guid Id, string Code, string Name, DonorType Type, string? Country, string? IatiRef, string? FtsId, IReadOnlyList<FocalPoint> FocalPoints,
    ReportingTemplate ReportingTemplate, DonorStatus Status, IReadOnlyList<DonorPriority> Priorities,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;

internal sealed class DonorRow
{
    public const string SelectFrom = """
        SELECT d.id, d.code, d.name, d.type, d.country, d.iati_ref, d.fts_id, d.focal_points, d.reporting_template, d.status,
               d.version, d.created_at, d.created_by, d.updated_at, d.updated_by
        FROM donor_relations.donors d
        """;

    private const string ById = SelectFrom + " WHERE d.id = @Id";

    private const string PrioritiesSql = """
        SELECT donor_id, year, themes, regions, countries, gcm_objectives, modality, envelope_amount, envelope_currency
        FROM donor_relations.donor_priorities WHERE donor_id IN @Ids ORDER BY year
        """;

    public Guid Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public DonorType Type { get; set; }
    public string? Country { get; set; }
    public string? IatiRef { get; set; }
    public string? FtsId { get; set; }
    public string FocalPoints { get; set; } = "[]";
    public ReportingTemplate ReportingTemplate { get; set; }
    public DonorStatus Status { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<DonorRow?> FindAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<DonorRow>(ById, new { Id = id }, cancellationToken);

    public static async Task<DonorRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(db, id, cancellationToken) ?? throw new NotFoundException("donor", id);

    public static async Task<ILookup<Guid, DonorPriority>> PrioritiesAsync(IDbSession db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<DonorPriority>().ToLookup(_ => Guid.Empty);
        }

        var rows = await db.QueryAsync<PriorityRow>(PrioritiesSql, new { Ids = ids }, cancellationToken);
        return rows.ToLookup(r => r.DonorId, r => r.ToPriority());
    }

    public static async Task<DonorDetails> ReadAsync(IDbSession db, Guid id, CancellationToken cancellationToken)
    {
        var row = await GetAsync(db, id, cancellationToken);
        return row.ToResponse((await PrioritiesAsync(db, [id], cancellationToken))[id].ToList());
    }

    public DonorDetails ToResponse(IReadOnlyList<DonorPriority> priorities) => new(
        Id, Code, Name, Type, Country, IatiRef, FtsId, JsonColumn.Read<FocalPoint>(FocalPoints), ReportingTemplate, Status, priorities,
        Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);

    internal sealed class PriorityRow
    {
        public Guid DonorId { get; set; }
        public int Year { get; set; }
        public string Themes { get; set; } = "[]";
        public string Regions { get; set; } = "[]";
        public string Countries { get; set; } = "[]";
        public string GcmObjectives { get; set; } = "[]";
        public Earmarking Modality { get; set; }
        public decimal? EnvelopeAmount { get; set; }
        public string? EnvelopeCurrency { get; set; }

        public DonorPriority ToPriority() => new(
            Year, JsonColumn.Read<string>(Themes), JsonColumn.Read<string>(Regions), JsonColumn.Read<string>(Countries), JsonColumn.Read<int>(GcmObjectives),
            Modality, EnvelopeAmount, EnvelopeCurrency);
    }
}
