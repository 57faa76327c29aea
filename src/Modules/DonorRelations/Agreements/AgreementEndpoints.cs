using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Money;
using Iom.Modules.DonorRelations.Pledges;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Agreements;

/// <summary>An appeal line a new agreement funds.</summary>
/// <param name="AppealLineId">The line.</param>
/// <param name="Amount">The part of the agreement for it, in the agreement's currency.</param>
internal sealed record NewFundedLine(Guid AppealLineId, decimal Amount);

/// <summary>Draft a contribution agreement.</summary>
/// <param name="DonorId">The donor.</param>
/// <param name="Reference">Its reference, unique.</param>
/// <param name="Title">Its title.</param>
/// <param name="Amount">Its amount.</param>
/// <param name="Currency">Its currency (ISO 4217).</param>
/// <param name="ExchangeRate">USD per unit of the currency (1 for USD), with the rate's source and date.</param>
/// <param name="StartOn">First day.</param>
/// <param name="EndOn">Last day.</param>
/// <param name="Earmarking">How earmarked it is.</param>
/// <param name="PledgeId">The pledge it converts: same donor and currency.</param>
/// <param name="Lines">The appeal lines it funds; together at most its amount.</param>
internal sealed record CreateAgreementCommand(
    Guid DonorId, string? Reference, string? Title, decimal Amount, string? Currency, ExchangeRate? ExchangeRate, DateOnly StartOn, DateOnly EndOn,
    Earmarking? Earmarking, Guid? PledgeId, IReadOnlyList<NewFundedLine>? Lines) : ICommand<AgreementDetails>;

internal sealed class ExchangeRateValidator : AbstractValidator<ExchangeRate>
{
    public ExchangeRateValidator()
    {
        RuleFor(r => r.UsdPerUnit).ExchangeRate();
        RuleFor(r => r.Source).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Date).NotEmpty();
    }
}

internal sealed class CreateAgreementCommandValidator : AbstractValidator<CreateAgreementCommand>
{
    public CreateAgreementCommandValidator()
    {
        RuleFor(c => c.DonorId).NotEmpty();
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Title).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Amount).Amount().GreaterThan(0);
        RuleFor(c => c.Currency).NotEmpty().Currency();
        RuleFor(c => c.ExchangeRate).NotNull().SetValidator(new ExchangeRateValidator()!);
        RuleFor(c => c.ExchangeRate!.UsdPerUnit).Equal(1).When(c => c.Currency == Currencies.Usd && c.ExchangeRate is not null).WithMessage("A USD amount has the rate 1.");
        RuleFor(c => c.StartOn).NotEmpty();
        RuleFor(c => c.EndOn).GreaterThanOrEqualTo(c => c.StartOn).WithMessage("An agreement cannot end before it starts.");
        RuleFor(c => c.Earmarking).NotNull().IsInEnum();
        RuleFor(c => c.Lines).MaximumItems(200);
        RuleForEach(c => c.Lines).ChildRules(l => l.RuleFor(x => x.Amount).Amount().GreaterThan(0));
        RuleFor(c => c.Lines).Must((c, l) => l is null || l.Sum(x => x.Amount) <= c.Amount).WithMessage("The funded lines add up to more than the agreement.");
        RuleFor(c => c.Lines).Must(l => l is null || l.Select(x => x.AppealLineId).Distinct().Count() == l.Count).WithMessage("A line is funded once per agreement.");
    }
}

/// <summary>Agreements by start date, newest first.</summary>
/// <param name="DonorId">Only this donor's agreements.</param>
/// <param name="Status">Only agreements in this status.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListAgreementsQuery(Guid? DonorId, [property: QueryEnum(typeof(AgreementStatus))] string? Status, int? Limit, string? Cursor) : IQuery<Page<AgreementDetails>>;

internal sealed class ListAgreementsQueryValidator : AbstractValidator<ListAgreementsQuery>
{
    public ListAgreementsQueryValidator() => RuleFor(q => q.Status).EnumName<ListAgreementsQuery, AgreementStatus>();
}

internal sealed record GetAgreementQuery(Guid Id) : IQuery<AgreementDetails>;

/// <summary>Sign, activate, begin closure, close or terminate an agreement.</summary>
internal sealed record ChangeAgreementStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<AgreementDetails>;

/// <summary>Amend a signed or active agreement.</summary>
/// <param name="NewAmount">Its amount after the amendment.</param>
/// <param name="NewEndOn">Its end date after the amendment.</param>
/// <param name="Reason">Why.</param>
[ValidatedAs(typeof(AmendAgreementCommand))]
internal sealed record AmendAgreementRequest(decimal NewAmount, DateOnly NewEndOn, string? Reason);

internal sealed record AmendAgreementCommand(Guid Id, decimal NewAmount, DateOnly NewEndOn, string? Reason, int? ExpectedVersion) : ICommand<AgreementDetails>;

internal sealed class AmendAgreementCommandValidator : AbstractValidator<AmendAgreementCommand>
{
    public AmendAgreementCommandValidator()
    {
        RuleFor(c => c.NewAmount).Amount().GreaterThan(0);
        RuleFor(c => c.NewEndOn).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
    }
}

internal static class AgreementChecks
{
    private const string LineSql = "SELECT COUNT(*) FROM donor_relations.appeal_lines WHERE id = @Id";
    private const string ConvertedSql = """
        SELECT amount FROM donor_relations.agreements WHERE pledge_id = @PledgeId AND id <> @Id AND status NOT IN ('draft', 'terminated')
        """;

    public static async Task EnsureLinesExistAsync(WriteSession write, IReadOnlyList<NewFundedLine> lines, CancellationToken cancellationToken)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (await write.QuerySingleOrDefaultAsync<long>(LineSql, new { Id = lines[i].AppealLineId }, cancellationToken) == 0)
            {
                throw Invalid.Field($"lines[{i}].appealLineId", $"No appeal line has the id {lines[i].AppealLineId}.");
            }
        }
    }

    /// <summary>Signing converts (part of) a pledge: never beyond what was pledged, never a cancelled one.</summary>
    public static async Task EnsurePledgeCanTakeAsync(WriteSession write, AgreementDetails agreement, decimal amount, DateOnly today, CancellationToken cancellationToken)
    {
        if (agreement.PledgeId is not { } pledgeId)
        {
            return;
        }

        var pledge = await PledgeRow.ReadAsync(write, pledgeId, today, cancellationToken);
        if (pledge.Status == PledgeStatus.Cancelled)
        {
            throw new ConflictException("Pledge cancelled", $"Pledge {pledge.Reference} was cancelled; an agreement can no longer convert it.", "pledge-cancelled");
        }

        var others = (await write.QueryAsync<decimal>(ConvertedSql, new { PledgeId = pledgeId, agreement.Id }, cancellationToken)).Sum();
        if (others + amount > pledge.Amount)
        {
            throw new ConflictException(
                "Pledge exceeded",
                $"Pledge {pledge.Reference} is {pledge.Amount} {pledge.Currency}; {others} is already converted, so this agreement's {amount} would exceed it.",
                "pledge-exceeded");
        }
    }
}

internal sealed class CreateAgreementCommandHandler(WriteSession write) : ICommandHandler<CreateAgreementCommand, AgreementDetails>
{
    private const string TakenSql = "SELECT COUNT(*) FROM donor_relations.agreements WHERE reference = @Reference";
    private const string InsertSql = """
        INSERT INTO donor_relations.agreements (id, donor_id, reference, title, amount, currency, exchange_rate, rate_source, rate_date, signed_on, start_on, end_on,
            earmarking, pledge_id, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @DonorId, @Reference, @Title, @Amount, @Currency, @Rate, @RateSource, @RateDate, NULL, @StartOn, @EndOn,
            @Earmarking, @PledgeId, @Status, 1, @Now, @By, @Now, @By)
        """;

    private const string InsertLineSql = "INSERT INTO donor_relations.agreement_lines (agreement_id, appeal_line_id, amount) VALUES (@AgreementId, @AppealLineId, @Amount)";

    public async ValueTask<AgreementDetails> Handle(CreateAgreementCommand command, CancellationToken cancellationToken)
    {
        if (await DonorRow.FindAsync(write, command.DonorId, cancellationToken) is null)
        {
            throw Invalid.Field("donorId", $"No donor has the id {command.DonorId}.");
        }

        if (command.PledgeId is { } pledgeId)
        {
            var pledge = await PledgeRow.FindAsync(write, pledgeId, cancellationToken);
            if (pledge is null || pledge.DonorId != command.DonorId)
            {
                throw Invalid.Field("pledgeId", "Name a pledge of the same donor.");
            }

            if (pledge.Currency != command.Currency)
            {
                throw Invalid.Field("currency", $"The pledge is in {pledge.Currency}; an agreement converting it is in the same currency.");
            }
        }

        await AgreementChecks.EnsureLinesExistAsync(write, command.Lines ?? [], cancellationToken);
        if (await write.QuerySingleOrDefaultAsync<long>(TakenSql, new { command.Reference }, cancellationToken) > 0)
        {
            throw new DuplicateException("agreement", "reference", command.Reference!);
        }

        var id = Guid.CreateVersion7();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id, command.DonorId, command.Reference, command.Title, command.Amount, command.Currency, Rate = command.ExchangeRate!.UsdPerUnit,
            RateSource = command.ExchangeRate.Source, RateDate = command.ExchangeRate.Date, command.StartOn, command.EndOn,
            Earmarking = command.Earmarking!.Value.ToText(), command.PledgeId, Status = AgreementStatus.Draft.ToText(), write.Now, write.By,
        }, cancellationToken);
        foreach (var line in command.Lines ?? [])
        {
            await write.ExecuteAsync(InsertLineSql, new { AgreementId = id, line.AppealLineId, line.Amount }, cancellationToken);
        }

        var agreement = await AgreementRow.ReadAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Agreement, id, "create", null, agreement, cancellationToken);
        return agreement;
    }
}

internal sealed class ListAgreementsQueryHandler(DonorRelationsDatabase db) : IQueryHandler<ListAgreementsQuery, Page<AgreementDetails>>
{
    private static readonly KeysetList<AgreementRow> List = new("g.id", r => r.Id, "-startOn", new SortableField<AgreementRow>("startOn", "g.start_on", KeyKind.Date, r => r.StartOn));

    public async ValueTask<Page<AgreementDetails>> Handle(ListAgreementsQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .WhereIf(query.DonorId is not null, "g.donor_id = @DonorId", new { query.DonorId })
            .WhereIf(query.Status is not null, "g.status = @Status", new { query.Status });
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, AgreementRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        return new Page<AgreementDetails>(await AgreementRow.ToResponsesAsync(read, page.Items, cancellationToken), page.NextCursor);
    }
}

internal sealed class GetAgreementQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetAgreementQuery, AgreementDetails>
{
    public async ValueTask<AgreementDetails> Handle(GetAgreementQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await AgreementRow.ReadAsync(read, query.Id, cancellationToken);
    }
}

internal sealed class ChangeAgreementStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangeAgreementStatusCommand, AgreementDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.agreements SET status = @Status, signed_on = CASE WHEN @Signs = 1 THEN @Today ELSE signed_on END,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<AgreementDetails> Handle(ChangeAgreementStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = AgreementRules.Machine.Apply(command.Action, before.Status);
        if (next == AgreementStatus.Signed)
        {
            await AgreementChecks.EnsurePledgeCanTakeAsync(write, before, before.Amount, write.Today, cancellationToken);
        }

        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, Status = next.ToText(), Signs = next == AgreementStatus.Signed ? 1 : 0, write.Today, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var agreement = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Agreement, command.Id, command.Action, before, agreement, cancellationToken);
        return agreement;
    }
}

internal sealed class AmendAgreementCommandHandler(WriteSession write) : ICommandHandler<AmendAgreementCommand, AgreementDetails>
{
    private const string InsertSql = """
        INSERT INTO donor_relations.agreement_amendments (agreement_id, number, amended_on, previous_amount, new_amount, previous_end_on, new_end_on, reason)
        VALUES (@Id, @Number, @Today, @PreviousAmount, @NewAmount, @PreviousEndOn, @NewEndOn, @Reason)
        """;

    private const string UpdateSql = """
        UPDATE donor_relations.agreements SET amount = @NewAmount, end_on = @NewEndOn, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<AgreementDetails> Handle(AmendAgreementCommand command, CancellationToken cancellationToken)
    {
        var before = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status is not (AgreementStatus.Signed or AgreementStatus.Active))
        {
            throw new InvalidTransitionException("contribution agreement", "amend", before.Status.ToText(), before.AllowedActions);
        }

        if (command.NewEndOn < before.StartOn)
        {
            throw Invalid.Field("newEndOn", "An agreement cannot end before it starts.");
        }

        if (before.Lines.Sum(l => l.Amount) > command.NewAmount)
        {
            throw Invalid.Field("newAmount", "The funded lines add up to more than the amended amount.");
        }

        await AgreementChecks.EnsurePledgeCanTakeAsync(write, before, command.NewAmount, write.Today, cancellationToken);
        await write.ExecuteAsync(InsertSql, new
        {
            command.Id, Number = before.Amendments.Count + 1, write.Today, PreviousAmount = before.Amount, command.NewAmount,
            PreviousEndOn = before.EndOn, command.NewEndOn, command.Reason,
        }, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, command.NewAmount, command.NewEndOn, write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var agreement = await AgreementRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Agreement, command.Id, "amend", before, agreement, cancellationToken);
        return agreement;
    }
}

internal static class AgreementEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        ResourceEndpoints.MapCreate<CreateAgreementCommand, AgreementDetails>(module, "/agreements", r => r.Id, "DonorRelations_CreateAgreement", "Draft a contribution agreement, with its exchange rate and the appeal lines it funds")
            .ProducesProblem(StatusCodes.Status409Conflict);
        ResourceEndpoints.MapList<ListAgreementsQuery, Page<AgreementDetails>>(module, "/agreements", "DonorRelations_ListAgreements", "List contribution agreements, latest start first");
        ResourceEndpoints.MapGetById(module, "/agreements/{id:guid}", id => new GetAgreementQuery(id), "DonorRelations_GetAgreement", "Get a contribution agreement with its lines and amendments");
        ActionEndpoints.Map(module, "agreements", (id, action, version) => new ChangeAgreementStatusCommand(id, action, version),
            new StatusAction("sign", "DonorRelations_SignAgreement", "Sign a drafted agreement (converting its pledge, if it has one)"),
            new StatusAction("activate", "DonorRelations_ActivateAgreement", "Start implementing a signed agreement"),
            new StatusAction("begin-closure", "DonorRelations_BeginAgreementClosure", "Begin closing an active agreement"),
            new StatusAction("close", "DonorRelations_CloseAgreement", "Close an agreement in closure"),
            new StatusAction("terminate", "DonorRelations_TerminateAgreement", "Terminate an agreement before its end"));

        module.MapPost("/agreements/{id:guid}/amendments", async (Guid id, AmendAgreementRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new AmendAgreementCommand(id, request.NewAmount, request.NewEndOn, request.Reason, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("DonorRelations_AmendAgreement")
            .WithSummary("Amend the amount or end date of a signed or active agreement")
            .Produces<AgreementDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
