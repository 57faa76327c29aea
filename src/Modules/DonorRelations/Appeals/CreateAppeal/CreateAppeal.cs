using FluentValidation;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Appeals;

/// <summary>Draft an appeal with its requirement lines.</summary>
/// <param name="Code">Its code, unique: capital letters, digits and hyphens.</param>
/// <param name="Type">What kind of appeal it is.</param>
/// <param name="Year">Its year.</param>
/// <param name="Title">Title per language.</param>
/// <param name="PeriodStart">First day it covers.</param>
/// <param name="PeriodEnd">Last day it covers.</param>
/// <param name="Currency">The currency of its requirements (ISO 4217).</param>
/// <param name="Lines">Its requirement lines.</param>
internal sealed record CreateAppealCommand(
    string? Code, AppealType? Type, int Year, LocalizedText? Title, DateOnly PeriodStart, DateOnly PeriodEnd, string? Currency, IReadOnlyList<NewAppealLine>? Lines)
    : ICommand<AppealDetails>;

internal sealed class CreateAppealCommandValidator : AbstractValidator<CreateAppealCommand>
{
    public CreateAppealCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage("Use capital letters, digits and hyphens.");
        RuleFor(c => c.Type).NotNull().IsInEnum();
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Title).LocalizedText(required: true);
        RuleFor(c => c.PeriodStart).NotEmpty();
        RuleFor(c => c.PeriodEnd).GreaterThanOrEqualTo(c => c.PeriodStart).WithMessage("The period cannot end before it starts.");
        RuleFor(c => c.Currency).NotEmpty().Currency();
        RuleFor(c => c.Lines).NotEmpty().MaximumItems(1000);
        RuleForEach(c => c.Lines).NotNull().SetValidator(new NewAppealLineValidator());
        RuleFor(c => c.Lines).Must(l => l is null || l.Select(x => x?.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() == l.Count).WithMessage("Line codes are unique within an appeal, whatever their case.");
    }
}

internal sealed class CreateAppealCommandHandler(WriteSession write) : ICommandHandler<CreateAppealCommand, AppealDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM donor_relations.appeals WHERE code = @Code";
    private const string InsertSql = """
        INSERT INTO donor_relations.appeals (id, code, type, year, title_en, title_fr, title_es, period_start, period_end, currency, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Code, @Type, @Year, @TitleEn, @TitleFr, @TitleEs, @PeriodStart, @PeriodEnd, @Currency, @Status, 1, @Now, @By, @Now, @By)
        """;

    private const string InsertLineSql = """
        INSERT INTO donor_relations.appeal_lines (id, appeal_id, code, objective, region, country, sector, original_amount, revised_amount)
        VALUES (@Id, @AppealId, @Code, @Objective, @Region, @Country, @Sector, @Amount, NULL)
        """;

    public async ValueTask<AppealDetails> Handle(CreateAppealCommand command, CancellationToken cancellationToken)
    {
        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Code }, cancellationToken) > 0)
        {
            throw new DuplicateException("appeal", "code", command.Code!);
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.Code, Type = command.Type!.Value.ToText(), command.Year, TitleEn = command.Title!.En, TitleFr = command.Title.Fr, TitleEs = command.Title.Es,
            command.PeriodStart, command.PeriodEnd, command.Currency, Status = AppealStatus.Draft.ToText(), write.Now, write.By,
        }, cancellationToken);
        foreach (var line in command.Lines!)
        {
            await write.ExecuteAsync(InsertLineSql, new { Id = write.NewId(), AppealId = id, line.Code, line.Objective, line.Region, Country = Countries.Canonical(line.Country), line.Sector, line.Amount }, cancellationToken);
        }

        var appeal = await AppealRow.ReadAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Appeal, id, "create", null, appeal, cancellationToken);
        return appeal;
    }
}
