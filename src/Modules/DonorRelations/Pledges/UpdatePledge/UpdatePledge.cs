using System.Text.Json;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.DonorRelations.Pledges;

/// <summary>
/// What a JSON Merge Patch may correct in a pledge no agreement has converted yet: the day it was announced and its
/// earmarking. Its amount, currency and instalments are the donor's word; a changed pledge is cancelled and made anew.
/// </summary>
/// <param name="PledgedOn">When it was announced: today at the latest.</param>
/// <param name="Earmarking">How earmarked it is.</param>
[ValidatedAs(typeof(PledgePatch), MergePatch = true)]
internal sealed record PledgePatch(DateOnly? PledgedOn, Earmarking? Earmarking);

internal sealed class PledgePatchValidator : AbstractValidator<PledgePatch>
{
    public PledgePatchValidator(TimeProvider clock)
    {
        RuleFor(c => c.PledgedOn).NotNull().NotInFuture(clock);
        RuleFor(c => c.Earmarking).NotNull().IsInEnum();
    }
}

internal sealed record UpdatePledgeCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<PledgeDetails>;

internal sealed class UpdatePledgeCommandHandler(WriteSession write, IValidator<PledgePatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdatePledgeCommand, PledgeDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.pledges SET pledged_on = @PledgedOn, earmarking = @Earmarking, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<PledgeDetails> Handle(UpdatePledgeCommand command, CancellationToken cancellationToken)
    {
        var before = await PledgeRow.ReadAsync(write, command.Id, write.Today, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status is not (PledgeStatus.Announced or PledgeStatus.Confirmed))
        {
            throw new ConflictException("Pledge can no longer be edited", $"The pledge is '{before.Status.ToText()}'; agreements already rest on it.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(new PledgePatch(before.PledgedOn, before.Earmarking), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, patched.PledgedOn, Earmarking = patched.Earmarking!.Value.ToText(), write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await PledgeRow.ReadAsync(write, command.Id, write.Today, cancellationToken);
        await write.RecordAsync(AuditedEntities.Pledge, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
