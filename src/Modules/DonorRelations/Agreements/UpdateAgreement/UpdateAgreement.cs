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

namespace Iom.Modules.DonorRelations.Agreements;

/// <summary>
/// The terms of a draft agreement a JSON Merge Patch may correct. Its money (amount, currency, rate, lines) and what it
/// converts are fixed at drafting; once signed, an agreement changes through amendments only.
/// </summary>
/// <param name="Title">Its title.</param>
/// <param name="StartOn">First day.</param>
/// <param name="EndOn">Last day; not before the first.</param>
/// <param name="Earmarking">How earmarked it is.</param>
[ValidatedAs(typeof(AgreementPatch), MergePatch = true)]
internal sealed record AgreementPatch(string? Title, DateOnly? StartOn, DateOnly? EndOn, Earmarking? Earmarking);

internal sealed class AgreementPatchValidator : AbstractValidator<AgreementPatch>
{
    public AgreementPatchValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(500);
        RuleFor(c => c.StartOn).NotNull();
        RuleFor(c => c.EndOn).NotNull();
        RuleFor(c => c.EndOn).GreaterThanOrEqualTo(c => c.StartOn).When(c => c.StartOn is not null).WithMessage("An agreement cannot end before it starts.");
        RuleFor(c => c.Earmarking).NotNull().IsInEnum();
    }
}

internal sealed record UpdateAgreementCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<AgreementDetails>;

internal sealed class UpdateAgreementCommandHandler(WriteSession write, IValidator<AgreementPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateAgreementCommand, AgreementDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.agreements
        SET title = @Title, start_on = @StartOn, end_on = @EndOn, earmarking = @Earmarking, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<AgreementDetails> Handle(UpdateAgreementCommand command, CancellationToken cancellationToken)
    {
        var before = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != AgreementStatus.Draft)
        {
            throw new ConflictException(
                "Agreement changes through amendments", $"The agreement is '{before.Status.ToText()}': a signed agreement changes through POST .../amendments only.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(new AgreementPatch(before.Title, before.StartOn, before.EndOn, before.Earmarking), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, patched.Title, patched.StartOn, patched.EndOn, Earmarking = patched.Earmarking!.Value.ToText(), write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Agreement, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
