using System.Text.Json;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.MemberStates;

/// <summary>What a JSON Merge Patch may correct in a Member State: the day it became a member.</summary>
/// <param name="MemberSince">The day it became a member; not in the future.</param>
[ValidatedAs(typeof(MemberStatePatch), MergePatch = true)]
internal sealed record MemberStatePatch(DateOnly? MemberSince);

internal sealed class MemberStatePatchValidator : AbstractValidator<MemberStatePatch>
{
    public MemberStatePatchValidator(TimeProvider clock) => RuleFor(p => p.MemberSince).NotNull().NotInFuture(clock);
}

internal sealed record UpdateMemberStateCommand(string Country, JsonElement Patch, int? ExpectedVersion) : ICommand<MemberStateDetails>;

internal sealed class UpdateMemberStateCommandHandler(WriteSession write, IValidator<MemberStatePatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateMemberStateCommand, MemberStateDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.member_states SET member_since = @MemberSince, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE country = @Country AND version = @Version
        """;

    public async ValueTask<MemberStateDetails> Handle(UpdateMemberStateCommand command, CancellationToken cancellationToken)
    {
        var before = await MemberStateRow.ReadAsync(write, command.Country, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var patched = JsonMergePatch.Apply(new MemberStatePatch(before.MemberSince), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new { before.Country, before.Version, patched.MemberSince, write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await MemberStateRow.ReadAsync(write, before.Country, cancellationToken);
        await write.RecordAsync(AuditedEntities.MemberState, MemberStateKeys.EntityId(before.Country), "update", before, after, cancellationToken);
        return after;
    }
}
