using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

/// <summary>The day a Member State's arrears were paid, or fell below its contributions due for the preceding two years.</summary>
/// <param name="SettledOn">Not before the notification, not in the future; the vote is the State's again from this day.</param>
[ValidatedAs(typeof(SettleArrearsCommand))]
internal sealed record SettleArrearsRequest(DateOnly? SettledOn);

internal sealed record SettleArrearsCommand(Guid Id, DateOnly? SettledOn, int? ExpectedVersion) : ICommand<ArrearsNotificationDetails>;

internal sealed class SettleArrearsCommandValidator : AbstractValidator<SettleArrearsCommand>
{
    public SettleArrearsCommandValidator(TimeProvider clock) => RuleFor(c => c.SettledOn).NotNull().NotInFuture(clock);
}

internal sealed class SettleArrearsCommandHandler(WriteSession write) : ICommandHandler<SettleArrearsCommand, ArrearsNotificationDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.arrears_notifications SET settled_on = @SettledOn, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ArrearsNotificationDetails> Handle(SettleArrearsCommand command, CancellationToken cancellationToken)
    {
        var before = await ArrearsNotificationRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.SettledOn is not null)
        {
            throw new ConflictException("Arrears already settled", $"They were settled on {before.SettledOn:yyyy-MM-dd}.", "already-settled");
        }

        if (command.SettledOn < before.NotifiedOn)
        {
            throw Invalid.Field("settledOn", $"The Council was informed on {before.NotifiedOn:yyyy-MM-dd}; arrears settled before then were never notified.");
        }

        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, command.SettledOn, write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await ArrearsNotificationRow.GetAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.ArrearsNotification, command.Id, "settle", before, after, cancellationToken);
        return after;
    }
}
