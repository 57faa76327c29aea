using System.Text.Json;
using FluentValidation;
using Iom.Modules.GoverningBodies.MemberStates;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

/// <summary>What a JSON Merge Patch may correct in a notification of arrears, until the arrears are settled or the Council decides.</summary>
/// <param name="NotifiedOn">The day the Council was informed.</param>
/// <param name="SessionId">The session of the Council that was informed; null removes it.</param>
/// <param name="Arrears">The arrears on that day.</param>
/// <param name="DueForTwoYears">The contributions due for the preceding two years.</param>
/// <param name="Currency">ISO 4217.</param>
[ValidatedAs(typeof(IArrearsFields), MergePatch = true)]
internal sealed record ArrearsNotificationPatch(DateOnly? NotifiedOn, Guid? SessionId, decimal? Arrears, decimal? DueForTwoYears, string? Currency) : IArrearsFields;

internal sealed record UpdateArrearsNotificationCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<ArrearsNotificationDetails>;

internal sealed class UpdateArrearsNotificationCommandHandler(WriteSession write, IValidator<IArrearsFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateArrearsNotificationCommand, ArrearsNotificationDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.arrears_notifications
        SET notified_on = @NotifiedOn, session_id = @SessionId, arrears = @Arrears, due_for_two_years = @DueForTwoYears, currency = @Currency,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ArrearsNotificationDetails> Handle(UpdateArrearsNotificationCommand command, CancellationToken cancellationToken)
    {
        var before = await ArrearsNotificationRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        ArrearsRules.EnsureOpen(before, "corrected");
        var patched = JsonMergePatch.Apply(
            new ArrearsNotificationPatch(before.NotifiedOn, before.SessionId, before.Arrears, before.DueForTwoYears, before.Currency), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await ArrearsRules.EnsureConsistentAsync(write, await MemberStateRow.ReadAsync(write, before.Country, cancellationToken), patched, before.Id, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, patched.NotifiedOn, patched.SessionId, patched.Arrears, patched.DueForTwoYears, patched.Currency, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await ArrearsNotificationRow.GetAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.ArrearsNotification, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
