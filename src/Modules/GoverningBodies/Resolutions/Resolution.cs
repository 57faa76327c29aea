using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Resolutions;

internal enum AdoptionMethod
{
    Consensus,
    Vote,
}

/// <summary>How a resolution was adopted.</summary>
/// <param name="Method">By consensus, or by a vote.</param>
/// <param name="VotesFor">Votes in favour (vote only).</param>
/// <param name="VotesAgainst">Votes against (vote only).</param>
/// <param name="Abstentions">Abstentions (vote only).</param>
internal sealed record Adoption(AdoptionMethod? Method, int? VotesFor, int? VotesAgainst, int? Abstentions);

/// <summary>A resolution adopted by a governing body: a record of an official act, never deleted.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Number">Its number in the global running sequence (1412).</param>
/// <param name="Symbol">Its symbol (<c>C/115/RES/1412</c>).</param>
/// <param name="SessionId">The session that adopted it.</param>
/// <param name="AgendaItemId">The agenda item it was adopted under.</param>
/// <param name="Title">Title per language.</param>
/// <param name="AdoptedOn">The day it was adopted.</param>
/// <param name="Adoption">By consensus or by vote, with the counts.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record ResolutionDetails(
    Guid Id,
    int Number,
    string Symbol,
    Guid SessionId,
    Guid? AgendaItemId,
    LocalizedText Title,
    DateOnly AdoptedOn,
    Adoption Adoption,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

internal sealed class ResolutionRow
{
    public const string SelectFrom = """
        SELECT r.id, r.number, r.symbol, r.session_id, r.agenda_item_id, r.title_en, r.title_fr, r.title_es, r.adopted_on,
               r.adoption_method, r.votes_for, r.votes_against, r.votes_abstaining,
               r.version, r.created_at, r.created_by, r.updated_at, r.updated_by
        FROM governing_bodies.resolutions r
        """;

    private const string ById = SelectFrom + " WHERE r.id = @Id";

    public Guid Id { get; set; }
    public int Number { get; set; }
    public string Symbol { get; set; } = string.Empty;
    public Guid SessionId { get; set; }
    public Guid? AgendaItemId { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEs { get; set; }
    public DateOnly AdoptedOn { get; set; }
    public AdoptionMethod AdoptionMethod { get; set; }
    public int? VotesFor { get; set; }
    public int? VotesAgainst { get; set; }
    public int? VotesAbstaining { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<ResolutionRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<ResolutionRow>(ById, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("resolution", id);

    public ResolutionDetails ToResponse() => new(
        Id, Number, Symbol, SessionId, AgendaItemId, new LocalizedText(TitleEn, TitleFr, TitleEs), AdoptedOn,
        new Adoption(AdoptionMethod, VotesFor, VotesAgainst, VotesAbstaining),
        Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
