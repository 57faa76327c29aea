using FluentValidation;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Http;
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

/// <summary>Whom a speaker speaks for.</summary>
/// <param name="Kind">state (a member or observer state), group (the EU and its member states, the African Group) or organization.</param>
/// <param name="Country">The state, for kind state: ISO 3166-1 alpha-3 (alpha-2 and M49 taken).</param>
/// <param name="Name">The group's or organization's name; for a state, its name in English from the code list.</param>
internal sealed record OnBehalfOf(OnBehalfKind? Kind, string? Country, string? Name);

internal sealed class OnBehalfOfValidator : AbstractValidator<OnBehalfOf>
{
    public OnBehalfOfValidator()
    {
        RuleFor(o => o.Kind).NotNull().IsInEnum();
        RuleFor(o => o.Country).NotEmpty().CountryCode().When(o => o.Kind == OnBehalfKind.State);
        RuleFor(o => o.Country).Null().WithMessage("Only a state has a country.").When(o => o.Kind != OnBehalfKind.State);
        RuleFor(o => o.Name).NotEmpty().MaximumLength(300).Reference().When(o => o.Kind != OnBehalfKind.State);
    }
}

/// <summary>A speaker inscribed on a sitting's list for one of its agenda items.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="SittingId">The sitting.</param>
/// <param name="AgendaItemId">The agenda item they speak on.</param>
/// <param name="Position">Their place on the item's list, from 1.</param>
/// <param name="OnBehalfOf">Whom they speak for.</param>
/// <param name="SpeakerName">Who takes the floor, when known.</param>
/// <param name="Status">inscribed → spoke, or withdrawn.</param>
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
    string? SpeakerName,
    SpeakerStatus Status,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource
{
    /// <summary>One line for a timetable or a calendar: "Switzerland (Ms A)", "EU and its member states".</summary>
    public string Line() => SpeakerName is null ? OnBehalfOf.Name ?? string.Empty : $"{OnBehalfOf.Name} ({SpeakerName})";
}
