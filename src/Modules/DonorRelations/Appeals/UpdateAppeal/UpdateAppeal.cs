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

namespace Iom.Modules.DonorRelations.Appeals;

/// <summary>
/// What a JSON Merge Patch may correct in a draft appeal: its title, period and requirement lines (the whole list).
/// Its code, type, year and currency identify it; a published appeal changes through revise.
/// </summary>
/// <param name="Title">Title per language.</param>
/// <param name="PeriodStart">First day it covers.</param>
/// <param name="PeriodEnd">Last day it covers.</param>
/// <param name="Lines">Its requirement lines: the whole list, replacing the one it had.</param>
[ValidatedAs(typeof(AppealPatch), MergePatch = true)]
internal sealed record AppealPatch(LocalizedText? Title, DateOnly? PeriodStart, DateOnly? PeriodEnd, IReadOnlyList<NewAppealLine>? Lines);

internal sealed class AppealPatchValidator : AbstractValidator<AppealPatch>
{
    public AppealPatchValidator()
    {
        RuleFor(c => c.Title).LocalizedText(required: true);
        RuleFor(c => c.PeriodStart).NotNull();
        RuleFor(c => c.PeriodEnd).NotNull();
        RuleFor(c => c.PeriodEnd).GreaterThanOrEqualTo(c => c.PeriodStart).When(c => c.PeriodStart is not null).WithMessage("The period cannot end before it starts.");
        RuleFor(c => c.Lines).NotEmpty().MaximumItems(1000);
        RuleForEach(c => c.Lines).NotNull().SetValidator(new NewAppealLineValidator());
        RuleFor(c => c.Lines).Must(l => l is null || l.Select(x => x?.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() == l.Count).WithMessage("Line codes are unique within an appeal, whatever their case.");
    }
}

internal sealed record UpdateAppealCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<AppealDetails>;

internal sealed class UpdateAppealCommandHandler(WriteSession write, IValidator<AppealPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateAppealCommand, AppealDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.appeals
        SET title_en = @TitleEn, title_fr = @TitleFr, title_es = @TitleEs, period_start = @PeriodStart, period_end = @PeriodEnd,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    private const string DeleteLinesSql = "DELETE FROM donor_relations.appeal_lines WHERE appeal_id = @Id";

    private const string InsertLineSql = """
        INSERT INTO donor_relations.appeal_lines (id, appeal_id, code, objective, region, country, sector, original_amount, revised_amount)
        VALUES (@Id, @AppealId, @Code, @Objective, @Region, @Country, @Sector, @Amount, NULL)
        """;

    public async ValueTask<AppealDetails> Handle(UpdateAppealCommand command, CancellationToken cancellationToken)
    {
        var before = await AppealRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != AppealStatus.Draft)
        {
            throw new ConflictException("Appeal changes through revise", $"The appeal is '{before.Status.ToText()}': a published appeal's requirements change through POST .../revise.", "not-editable");
        }

        var current = new AppealPatch(
            before.Title, before.PeriodStart, before.PeriodEnd, [.. before.Lines.Select(l => new NewAppealLine(l.Code, l.Objective, l.Region, l.Country, l.OriginalAmount, l.Sector))]);
        var patched = JsonMergePatch.Apply(current, command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, TitleEn = patched.Title!.En, TitleFr = patched.Title.Fr, TitleEs = patched.Title.Es, patched.PeriodStart, patched.PeriodEnd, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        if (command.Patch.ValueKind == JsonValueKind.Object && command.Patch.TryGetProperty("lines", out _))
        {
            await write.EnsureNoneAsync("appeal's lines", command.Id, cancellationToken, AppealReferrers.OfLines);
            await write.ExecuteAsync(DeleteLinesSql, new { command.Id }, cancellationToken);
            foreach (var line in patched.Lines!)
            {
                await write.ExecuteAsync(InsertLineSql, new { Id = write.NewId(), AppealId = command.Id, line.Code, line.Objective, line.Region, Country = Countries.Canonical(line.Country), line.Sector, line.Amount }, cancellationToken);
            }
        }

        var after = await AppealRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Appeal, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
