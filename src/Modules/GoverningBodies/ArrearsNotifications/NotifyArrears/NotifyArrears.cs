using FluentValidation;
using Iom.Modules.GoverningBodies.MemberStates;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

/// <summary>Record that the Council was informed of a Member State's arrears (Constitution Art. 4(1)).</summary>
/// <param name="NotifiedOn">The day the Council was informed; the vote is lost one year later if the State is still in arrears.</param>
/// <param name="SessionId">The session of the Council that was informed.</param>
/// <param name="Arrears">The arrears on that day.</param>
/// <param name="DueForTwoYears">The contributions due from the State for the preceding two years; the arrears equal or exceed them.</param>
/// <param name="Currency">ISO 4217; CHF (the Administrative Part of the Budget) when absent.</param>
[ValidatedAs(typeof(IArrearsFields))]
internal sealed record NotifyArrearsRequest(DateOnly? NotifiedOn, Guid? SessionId, decimal? Arrears, decimal? DueForTwoYears, string? Currency) : IArrearsFields;

internal sealed record NotifyArrearsCommand(string Country, DateOnly? NotifiedOn, Guid? SessionId, decimal? Arrears, decimal? DueForTwoYears, string? Currency)
    : ICommand<ArrearsNotificationDetails>, IArrearsFields;

internal sealed class NotifyArrearsCommandValidator : AbstractValidator<NotifyArrearsCommand>
{
    public NotifyArrearsCommandValidator(TimeProvider clock) => Include(new ArrearsFieldsValidator(clock));
}

internal sealed class NotifyArrearsCommandHandler(WriteSession write) : ICommandHandler<NotifyArrearsCommand, ArrearsNotificationDetails>
{
    private const string InsertSql = """
        INSERT INTO governing_bodies.arrears_notifications
            (id, country, notified_on, session_id, arrears, due_for_two_years, currency, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Country, @NotifiedOn, @SessionId, @Arrears, @DueForTwoYears, @Currency, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<ArrearsNotificationDetails> Handle(NotifyArrearsCommand command, CancellationToken cancellationToken)
    {
        var state = await MemberStateRow.ReadAsync(write, command.Country, cancellationToken);
        var id = write.NewId();
        await ArrearsRules.EnsureConsistentAsync(write, state, command, id, cancellationToken);
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, state.Country, command.NotifiedOn, command.SessionId, command.Arrears, command.DueForTwoYears, command.Currency, write.Now, write.By,
        }, cancellationToken);
        var created = await ArrearsNotificationRow.GetAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.ArrearsNotification, id, "create", null, created, cancellationToken);
        return created;
    }
}
