using FluentValidation;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Pledges;

/// <summary>An instalment of a new pledge.</summary>
/// <param name="DueOn">When it is due.</param>
/// <param name="Amount">Its amount.</param>
internal sealed record NewInstalment(DateOnly DueOn, decimal Amount);

/// <summary>Record a donor's pledge.</summary>
/// <param name="DonorId">The donor.</param>
/// <param name="AppealId">The appeal it answers, if any.</param>
/// <param name="Reference">Its reference, unique.</param>
/// <param name="Amount">The amount pledged.</param>
/// <param name="Currency">Its currency (ISO 4217).</param>
/// <param name="PledgedOn">When it was announced: today at the latest.</param>
/// <param name="Earmarking">How earmarked it is.</param>
/// <param name="Instalments">When it will be paid; the instalments add up to the amount. Default: one, due on the pledge date.</param>
internal sealed record CreatePledgeCommand(
    Guid DonorId, Guid? AppealId, string? Reference, decimal Amount, string? Currency, DateOnly PledgedOn, Earmarking? Earmarking, IReadOnlyList<NewInstalment>? Instalments)
    : ICommand<PledgeDetails>;

internal sealed class CreatePledgeCommandValidator : AbstractValidator<CreatePledgeCommand>
{
    public CreatePledgeCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.DonorId).NotEmpty();
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(60).Reference();
        RuleFor(c => c.Amount).Amount().GreaterThan(0);
        RuleFor(c => c.Currency).NotEmpty().Currency();
        RuleFor(c => c.PledgedOn).NotEmpty().NotInFuture(clock);
        RuleFor(c => c.Earmarking).NotNull().IsInEnum();
        RuleFor(c => c.Instalments).MaximumItems(60);
        RuleForEach(c => c.Instalments).NotNull().ChildRules(i =>
        {
            i.RuleFor(x => x.DueOn).NotEmpty();
            i.RuleFor(x => x.Amount).Amount().GreaterThan(0);
        });
        RuleFor(c => c.Instalments).Must((c, i) => i is null || i.Count == 0 || i.Contains(null!) || i.Sum(x => x.Amount) == c.Amount)
            .WithMessage("The instalments add up to the amount pledged.");
        RuleFor(c => c.Instalments).Must(i => i is null || i.Contains(null!) || i.Select(x => x.DueOn).Distinct().Count() == i.Count).WithMessage("Two instalments fall due on the same day.");
    }
}

internal sealed class CreatePledgeCommandHandler(WriteSession write) : ICommandHandler<CreatePledgeCommand, PledgeDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM donor_relations.pledges WHERE reference = @Reference";
    private const string InsertSql = """
        INSERT INTO donor_relations.pledges (id, donor_id, appeal_id, reference, amount, currency, pledged_on, earmarking, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @DonorId, @AppealId, @Reference, @Amount, @Currency, @PledgedOn, @Earmarking, @Status, 1, @Now, @By, @Now, @By)
        """;

    private const string InsertInstalmentSql = "INSERT INTO donor_relations.pledge_instalments (pledge_id, number, due_on, amount) VALUES (@PledgeId, @Number, @DueOn, @Amount)";

    public async ValueTask<PledgeDetails> Handle(CreatePledgeCommand command, CancellationToken cancellationToken)
    {
        if (await DonorRow.FindAsync(write, command.DonorId, cancellationToken) is null)
        {
            throw Invalid.Field("donorId", $"No donor has the id {command.DonorId}.");
        }

        if (command.AppealId is { } appealId)
        {
            if (await AppealRow.FindAsync(write, appealId, cancellationToken) is null)
            {
                throw Invalid.Field("appealId", $"No appeal has the id {appealId}.");
            }
        }

        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Reference }, cancellationToken) > 0)
        {
            throw new DuplicateException("pledge", "reference", command.Reference!);
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.DonorId, command.AppealId, command.Reference, command.Amount, command.Currency, command.PledgedOn,
            Earmarking = command.Earmarking!.Value.ToText(), Status = PledgeStatus.Announced.ToText(), write.Now, write.By,
        }, cancellationToken);
        var instalments = command.Instalments is { Count: > 0 } given ? given.OrderBy(i => i.DueOn).ToList() : [new NewInstalment(command.PledgedOn, command.Amount)];
        for (var i = 0; i < instalments.Count; i++)
        {
            await write.ExecuteAsync(InsertInstalmentSql, new { PledgeId = id, Number = i + 1, instalments[i].DueOn, instalments[i].Amount }, cancellationToken);
        }

        var pledge = await PledgeRow.ReadAsync(write, id, write.Today, cancellationToken);
        await write.RecordAsync(AuditedEntities.Pledge, id, "create", null, pledge, cancellationToken);
        return pledge;
    }
}
