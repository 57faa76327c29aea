using Dapper;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.GoverningBodies.Observers;

internal enum ObserverKind
{
    State,
    Igo,
    Ngo,
}

/// <summary>An observer at the Council: a non-member state, an intergovernmental or a non-governmental organization.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Kind">state, igo or ngo.</param>
/// <param name="Country">The state, for kind state (ISO 3166-1 alpha-3).</param>
/// <param name="Name">The organization's name in the official languages; for a state, its name from the code list.</param>
/// <param name="Acronym">The organization's acronym (ILO, ICRC).</param>
/// <param name="GrantedByResolution">The Council resolution that granted observer status.</param>
/// <param name="GrantedOn">The day it was granted.</param>
/// <param name="WithdrawnOn">The day the status ended, if it did.</param>
/// <param name="PartnerId">The organization in International Partnerships, when the status came from there.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record ObserverDetails(
    Guid Id,
    ObserverKind Kind,
    string? Country,
    LocalizedText Name,
    string? Acronym,
    string? GrantedByResolution,
    DateOnly GrantedOn,
    DateOnly? WithdrawnOn,
    Guid? PartnerId,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

/// <summary>The fields of an observer, validated alike on POST and PATCH.</summary>
internal interface IObserverFields
{
    ObserverKind? Kind { get; }
    string? Country { get; }
    LocalizedText? Name { get; }
    string? Acronym { get; }
    string? GrantedByResolution { get; }
    DateOnly? GrantedOn { get; }
    DateOnly? WithdrawnOn { get; }
}

internal sealed class ObserverFieldsValidator : AbstractValidator<IObserverFields>
{
    public ObserverFieldsValidator(TimeProvider clock)
    {
        // What a kind needs is said of the kind: country for a state, a name for an organization.
        RuleFor(o => o.Kind).NotNull().IsInEnum();
        RuleFor(o => o.Kind).Must((o, _) => !string.IsNullOrEmpty(o.Country)).WithMessage("A state observer is its country: give country.")
            .When(o => o.Kind == ObserverKind.State);
        RuleFor(o => o.Kind).Must((o, _) => o.Name?.HasAny == true).WithMessage("An organization is named: give name in at least one of en, fr, es.")
            .When(o => o.Kind is ObserverKind.Igo or ObserverKind.Ngo);
        RuleFor(o => o.Country).CountryCode();
        RuleFor(o => o.Country).Null().WithMessage("Only a state has a country.").When(o => o.Kind is ObserverKind.Igo or ObserverKind.Ngo);
        RuleFor(o => o.Name).LocalizedText(required: false).When(o => o.Kind is ObserverKind.Igo or ObserverKind.Ngo);
        RuleFor(o => o.Name).Null().WithMessage("A state's name comes from the country code list.").When(o => o.Kind == ObserverKind.State);
        RuleFor(o => o.Acronym).MaximumLength(40).Reference();
        RuleFor(o => o.GrantedByResolution).MaximumLength(60).Reference();
        RuleFor(o => o.GrantedOn).NotNull().NotInFuture(clock);
        RuleFor(o => o.WithdrawnOn).NotInFuture(clock)
            .GreaterThanOrEqualTo(o => o.GrantedOn).WithMessage("withdrawnOn is on or after grantedOn.").When(o => o.WithdrawnOn is not null && o.GrantedOn is not null);
    }
}

internal sealed class ObserverRow
{
    public const string SelectFrom = """
        SELECT o.id, o.kind, o.country, o.name_en, o.name_fr, o.name_es, o.acronym, o.granted_by_resolution, o.granted_on, o.withdrawn_on, o.partner_id,
               o.version, o.created_at, o.created_by, o.updated_at, o.updated_by
        FROM governing_bodies.observers o
        """;

    private const string ById = SelectFrom + " WHERE o.id = @Id";

    public Guid Id { get; set; }
    public ObserverKind Kind { get; set; }
    public string? Country { get; set; }
    public string? NameEn { get; set; }
    public string? NameFr { get; set; }
    public string? NameEs { get; set; }
    public string? Acronym { get; set; }
    public string? GrantedByResolution { get; set; }
    public DateOnly GrantedOn { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public Guid? PartnerId { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<ObserverDetails> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        (await db.QuerySingleOrDefaultAsync<ObserverRow>(ById, new { Id = id }, cancellationToken) ?? throw new NotFoundException("observer", id)).ToResponse();

    public ObserverDetails ToResponse() => new(
        Id, Kind, Country,
        Kind == ObserverKind.State && Countries.TryFind(Country, out var country) ? country.Name : new LocalizedText(NameEn, NameFr, NameEs),
        Acronym, GrantedByResolution, GrantedOn, WithdrawnOn, PartnerId, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
