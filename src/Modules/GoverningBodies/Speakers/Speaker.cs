using FluentValidation;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.GoverningBodies.Speakers;

internal enum SpeakerStatus
{
    Inscribed,
    Spoke,
    Withdrawn,
}

internal enum OnBehalfKind
{
    State,
    Group,
    Organization,
}

internal static class SpeakerRules
{
    public static readonly StateMachine<SpeakerStatus> Machine = new StateMachine<SpeakerStatus>("speaker")
        .Allow("record-statement", SpeakerStatus.Spoke, SpeakerStatus.Inscribed)
        .Allow("withdraw", SpeakerStatus.Withdrawn, SpeakerStatus.Inscribed);
}

/// <summary>Whom a speaker speaks for: exactly one of a group, an organization or a state.</summary>
/// <param name="Group">A group of states (the European Union and its member states, the African Group).</param>
/// <param name="Organization">An organization (an IGO or NGO observer).</param>
/// <param name="Country">A state: ISO 3166-1 alpha-3 (alpha-2 and M49 taken).</param>
[MinProperties(1)]
internal sealed record OnBehalfOf(string? Group, string? Organization, string? Country)
{
    public OnBehalfKind Kind => Country is not null ? OnBehalfKind.State : Group is not null ? OnBehalfKind.Group : OnBehalfKind.Organization;

    /// <summary>The group's or organization's name as given, or the state's from the code list.</summary>
    public string? Name => Country is not null ? (Countries.TryFind(Country, out var country) ? country.Name.En : Country) : Group ?? Organization;
}

internal sealed class OnBehalfOfValidator : AbstractValidator<OnBehalfOf>
{
    public OnBehalfOfValidator()
    {
        RuleFor(o => o).Must(o => new[] { o.Group, o.Organization, o.Country }.Count(v => v is not null) == 1)
            .WithMessage("Give exactly one of group, organization or country.");
        RuleFor(o => o.Group).MaximumLength(300).Reference();
        RuleFor(o => o.Organization).MaximumLength(300).Reference();
        RuleFor(o => o.Country).CountryCode();
    }
}

/// <summary>A speaker inscribed on a sitting's list for one of its agenda items.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="SittingId">The sitting.</param>
/// <param name="AgendaItemId">The agenda item they speak on.</param>
/// <param name="Position">Their place on the item's list, from 1.</param>
/// <param name="OnBehalfOf">Whom they speak for.</param>
/// <param name="Kind">state, group or organization: which of onBehalfOf's fields is given.</param>
/// <param name="SpeaksFor">The name the speakers' list prints: the group or organization as given, the state's from the code list.</param>
/// <param name="SpeakerName">Who takes the floor, when known.</param>
/// <param name="Status">inscribed → spoke, or withdrawn.</param>
/// <param name="Statements">The statement's files, one per language (PUT …/statements/{language}/file).</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record SpeakerDetails(
    Guid Id,
    Guid SittingId,
    Guid AgendaItemId,
    int Position,
    OnBehalfOf OnBehalfOf,
    OnBehalfKind Kind,
    string SpeaksFor,
    string? SpeakerName,
    SpeakerStatus Status,
    IReadOnlyList<StatementFile> Statements,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource
{
    /// <summary>One line for a timetable or a calendar: "Switzerland (Ms A)", "EU and its member states".</summary>
    public string Line() => SpeakerName is null ? SpeaksFor : $"{SpeaksFor} ({SpeakerName})";
}
