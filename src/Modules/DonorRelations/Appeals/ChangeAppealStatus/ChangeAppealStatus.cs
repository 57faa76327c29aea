using FluentValidation;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Appeals;

/// <summary>A revised requirement.</summary>
/// <param name="Code">The line's code.</param>
/// <param name="Amount">Its revised requirement.</param>
internal sealed record LineRevision(string? Code, decimal Amount);

/// <summary>Revise requirement lines of a published appeal.</summary>
/// <param name="Lines">The lines revised, by code.</param>
[ValidatedAs(typeof(IAppealRevision))]
internal sealed record ReviseAppealRequest(IReadOnlyList<LineRevision>? Lines) : IAppealRevision;

/// <summary>What a revision of an appeal carries.</summary>
internal interface IAppealRevision
{
    IReadOnlyList<LineRevision>? Lines { get; }
}

internal sealed class LineRevisionValidator : AbstractValidator<LineRevision>
{
    public LineRevisionValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Amount).Amount();
    }
}

internal sealed class AppealRevisionValidator : AbstractValidator<IAppealRevision>
{
    public AppealRevisionValidator()
    {
        RuleFor(c => c.Lines).NotEmpty().MaximumItems(1000);
        RuleForEach(c => c.Lines).NotNull().SetValidator(new LineRevisionValidator());
    }
}

/// <summary>Publish, revise (with new requirements) or close an appeal.</summary>
internal sealed record ChangeAppealStatusCommand(Guid Id, string Action, IReadOnlyList<LineRevision>? Lines, int? ExpectedVersion) : ICommand<AppealDetails>, IAppealRevision;

internal sealed class ChangeAppealStatusCommandValidator : AbstractValidator<ChangeAppealStatusCommand>
{
    public ChangeAppealStatusCommandValidator()
    {
        When(c => c.Action == "revise", () => Include(new AppealRevisionValidator()));
        RuleFor(c => c.Lines).Null().When(c => c.Action != "revise").WithMessage("Only a revision carries lines.");
    }
}

internal sealed class ChangeAppealStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangeAppealStatusCommand, AppealDetails>
{
    private const string UpdateSql = "UPDATE donor_relations.appeals SET status = @Status, version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id AND version = @Version";
    private const string ReviseSql = "UPDATE donor_relations.appeal_lines SET revised_amount = @Amount WHERE appeal_id = @Id AND code = @Code";

    public async ValueTask<AppealDetails> Handle(ChangeAppealStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await AppealRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = AppealRules.Machine.Apply(command.Action, before.Status);
        foreach (var revision in command.Lines ?? [])
        {
            // A line is named whatever the case of its code (ADR 0023); the statement names it as stored.
            var line = before.Lines.FirstOrDefault(l => string.Equals(l.Code, revision.Code, StringComparison.OrdinalIgnoreCase))
                ?? throw Invalid.Field("lines", $"The appeal has no line '{revision.Code}'.");
            await write.ExecuteAsync(ReviseSql, new { command.Id, line.Code, revision.Amount }, cancellationToken);
        }

        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var appeal = await AppealRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Appeal, command.Id, command.Action, before, appeal, cancellationToken);
        return appeal;
    }
}
