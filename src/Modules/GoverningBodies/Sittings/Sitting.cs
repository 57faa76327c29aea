using FluentValidation;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Validation;
using NodaTime;

namespace Iom.Modules.GoverningBodies.Sittings;

internal enum SittingAccess
{
    Public,
    Private,
}

internal enum SittingStatus
{
    Scheduled,
    Held,
    Cancelled,
}

internal static class SittingRules
{
    public const int MaxAgendaItems = 50;

    public static readonly StateMachine<SittingStatus> Machine = new StateMachine<SittingStatus>("sitting")
        .Allow("hold", SittingStatus.Held, SittingStatus.Scheduled)
        .Allow("cancel", SittingStatus.Cancelled, SittingStatus.Scheduled);

    // The venues the bodies meet at; elsewhere the caller names the time zone.
    private static readonly Dictionary<string, string> VenueTimeZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Geneva"] = "Europe/Zurich",
        ["Genève"] = "Europe/Zurich",
        ["Ginebra"] = "Europe/Zurich",
        ["New York"] = "America/New_York",
        ["Nueva York"] = "America/New_York",
    };

    /// <summary>The IANA time zone of a session's venue, when the venue is one the bodies meet at.</summary>
    public static string? VenueTimeZone(string venue) => VenueTimeZones.GetValueOrDefault(venue.Trim());

    public static DateTimeZone? Zone(string? id) => id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);

    /// <summary>The instant a local time on a day means in a zone (a time skipped by a clock change moves forward).</summary>
    public static DateTimeOffset Instant(DateOnly date, TimeOnly time, string zone) =>
        LocalDateTime.FromDateTime(date.ToDateTime(time)).InZoneLeniently(Zone(zone)!).ToDateTimeOffset();
}

/// <summary>The fields a sitting's scheduler and editors set, validated alike on POST and PATCH.</summary>
internal interface ISittingFields
{
    int? Number { get; }
    DateOnly? Date { get; }
    TimeOnly? StartTime { get; }
    TimeOnly? EndTime { get; }
    string? TimeZone { get; }
    string? Room { get; }
    SittingAccess? Access { get; }
    string? WebcastUrl { get; }
    Guid? PresidingOfficerId { get; }
    IReadOnlyList<Guid>? AgendaItemIds { get; }
}

internal sealed class SittingFieldsValidator : AbstractValidator<ISittingFields>
{
    public SittingFieldsValidator()
    {
        RuleFor(s => s.Number).NotNull().InclusiveBetween(1, 999);
        RuleFor(s => s.Date).NotNull();
        RuleFor(s => s.StartTime).NotNull();
        RuleFor(s => s.EndTime).NotNull();
        RuleFor(s => s.EndTime).GreaterThan(s => s.StartTime).WithMessage("endTime is after startTime (a sitting ends the day it starts).")
            .When(s => s.StartTime is not null && s.EndTime is not null);
        RuleFor(s => s.TimeZone).MaximumLength(64)
            .Must(z => z is null || SittingRules.Zone(z) is not null).WithMessage("Use an IANA time zone, such as Europe/Zurich or America/New_York.");
        RuleFor(s => s.Room).MaximumLength(200).Reference();
        RuleFor(s => s.Access).IsInEnum();
        RuleFor(s => s.WebcastUrl).MaximumLength(2000)
            .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            .WithMessage("An absolute http or https address.");
        RuleFor(s => s.AgendaItemIds).MaximumItems(SittingRules.MaxAgendaItems)
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("Each agenda item is taken up once in a sitting.");
    }
}
