using FluentValidation;
using Iom.Modules.GoverningBodies.MemberStates;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Validation;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

/// <summary>The fields of a notification of arrears, validated alike on POST and PATCH.</summary>
internal interface IArrearsFields
{
    DateOnly? NotifiedOn { get; }
    Guid? SessionId { get; }
    decimal? Arrears { get; }
    decimal? DueForTwoYears { get; }
    string? Currency { get; }
}

internal sealed class ArrearsFieldsValidator : AbstractValidator<IArrearsFields>
{
    public ArrearsFieldsValidator(TimeProvider clock)
    {
        RuleFor(f => f.NotifiedOn).NotNull().NotInFuture(clock);
        RuleFor(f => f.DueForTwoYears).NotNull().GreaterThan(0).PrecisionScale(19, 2, ignoreTrailingZeros: true);
        RuleFor(f => f.Arrears).NotNull().PrecisionScale(19, 2, ignoreTrailingZeros: true);
        RuleFor(f => f.Arrears).GreaterThanOrEqualTo(f => f.DueForTwoYears)
            .WithMessage("Article 4(1) applies when the arrears equal or exceed the contributions due for the preceding two years (dueForTwoYears).")
            .When(f => f.Arrears is not null && f.DueForTwoYears is not null);
        RuleFor(f => f.Currency).NotEmpty().Matches("^[A-Z]{3}$").WithMessage("An ISO 4217 code, such as CHF.");
    }
}

internal static class ArrearsRules
{
    private const string OpenSql = """
        SELECT COUNT(*) FROM governing_bodies.arrears_notifications WHERE country = @Country AND settled_on IS NULL AND id <> @Id
        """;

    /// <summary>Checks the fields against the Member State and the session named; one open notification per State at a time.</summary>
    public static async Task EnsureConsistentAsync(IDbSession db, MemberStateDetails state, IArrearsFields fields, Guid id, CancellationToken cancellationToken)
    {
        if (fields.NotifiedOn < state.MemberSince)
        {
            throw Invalid.Field("notifiedOn", $"{state.Country} became a member on {state.MemberSince:yyyy-MM-dd}.");
        }

        if (fields.SessionId is { } sessionId)
        {
            var session = await SessionReader.FindAsync(db, sessionId, cancellationToken) ?? throw Invalid.Field("sessionId", $"No session has the id {sessionId}.");
            if (session.BodyCode != "council" || fields.NotifiedOn < session.StartDate || fields.NotifiedOn > session.EndDate)
            {
                throw Invalid.Field("sessionId", "The Council is informed in session: a session of the Council whose dates include notifiedOn.");
            }
        }

        if (await db.ExecuteScalarAsync<long>(OpenSql, new { state.Country, Id = id }, cancellationToken) > 0)
        {
            throw new ConflictException(
                "Arrears already notified", $"The Council was informed of {state.Country}'s arrears and they are not settled: record their settlement first.", "arrears-already-notified");
        }
    }

    /// <summary>A notification is corrected or removed only while nothing has followed it.</summary>
    public static void EnsureOpen(ArrearsNotificationDetails notification, string what)
    {
        if (notification.SettledOn is not null || notification.CouncilDecision is not null)
        {
            throw new ConflictException(
                "Notification is final", $"The arrears were settled or the Council decided on the vote: the notification can no longer be {what}.", "not-editable");
        }
    }
}
