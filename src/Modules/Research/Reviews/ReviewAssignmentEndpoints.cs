using Iom.SharedKernel.Time;
using Iom.SharedKernel.Data;
using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

/// <summary>A submitted review.</summary>
/// <param name="Recommendation">accept, minor, major or reject.</param>
[ValidatedAs(typeof(ChangeReviewAssignmentCommand))]
internal sealed record SubmitReviewRequest(Recommendation? Recommendation);

/// <summary>Accept, decline or submit a review assignment.</summary>
internal sealed record ChangeReviewAssignmentCommand(Guid Id, string Action, Recommendation? Recommendation, int? ExpectedVersion) : ICommand<ReviewAssignmentDetails>;

internal sealed class ChangeReviewAssignmentCommandValidator : AbstractValidator<ChangeReviewAssignmentCommand>
{
    public ChangeReviewAssignmentCommandValidator()
    {
        RuleFor(c => c.Recommendation).NotNull().IsInEnum().When(c => c.Action == "submit");
        RuleFor(c => c.Recommendation).Null().When(c => c.Action != "submit");
    }
}

internal sealed class ChangeReviewAssignmentCommandHandler(WriteSession write)
    : ICommandHandler<ChangeReviewAssignmentCommand, ReviewAssignmentDetails>
{
    private const string UpdateSql = """
        UPDATE research.review_assignments
        SET status = @Status, recommendation = @Recommendation, submitted_at = CASE WHEN @Submits = 1 THEN @Now ELSE submitted_at END,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ReviewAssignmentDetails> Handle(ChangeReviewAssignmentCommand command, CancellationToken cancellationToken)
    {
        var current = await ReviewAssignmentRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        var next = ReviewRules.Machine.Apply(command.Action, current.Status);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            current.Version,
            Status = next.ToText(),
            Recommendation = command.Recommendation?.ToText() ?? current.Recommendation?.ToText(),
            Submits = next == ReviewAssignmentStatus.Submitted ? 1 : 0,
            write.Now,
            write.By,
        }, current.Version, command.ExpectedVersion, cancellationToken);
        var assignment = (await ReviewAssignmentRow.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.ReviewAssignment, command.Id, command.Action, current.ToResponse(write.Today), assignment, cancellationToken);
        return assignment;
    }
}

internal sealed record GetReviewAssignmentQuery(Guid Id) : IQuery<ReviewAssignmentDetails>;

internal sealed class GetReviewAssignmentQueryHandler(ResearchDatabase db, TimeProvider clock) : IQueryHandler<GetReviewAssignmentQuery, ReviewAssignmentDetails>
{
    public async ValueTask<ReviewAssignmentDetails> Handle(GetReviewAssignmentQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await ReviewAssignmentRow.GetAsync(read, query.Id, cancellationToken)).ToResponse(clock.Today());
    }
}

/// <summary>Review assignments, soonest due first.</summary>
/// <param name="WorkId">Only assignments for this work.</param>
/// <param name="Status">Only assignments in this status.</param>
/// <param name="Overdue">true: only reviews still owed past their due date.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListReviewAssignmentsQuery(Guid? WorkId, [property: QueryEnum(typeof(ReviewAssignmentStatus))] string? Status, bool? Overdue, int? Limit, string? Cursor)
    : IQuery<Page<ReviewAssignmentDetails>>;

internal sealed class ListReviewAssignmentsQueryValidator : AbstractValidator<ListReviewAssignmentsQuery>
{
    public ListReviewAssignmentsQueryValidator() => RuleFor(q => q.Status).EnumName<ListReviewAssignmentsQuery, ReviewAssignmentStatus>();
}

internal sealed class ListReviewAssignmentsQueryHandler(ResearchDatabase db, TimeProvider clock) : IQueryHandler<ListReviewAssignmentsQuery, Page<ReviewAssignmentDetails>>
{
    private static readonly KeysetList<ReviewAssignmentRow> List = new(
        "a.id", r => r.Id, "dueOn", new SortableField<ReviewAssignmentRow>("dueOn", "a.due_on", KeyKind.Date, r => r.DueOn));

    public async ValueTask<Page<ReviewAssignmentDetails>> Handle(ListReviewAssignmentsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var filter = new SqlFilter()
            .WhereIf(query.WorkId is not null, "a.work_id = @WorkId", new { query.WorkId })
            .WhereIf(query.Status is not null, "a.status = @Status", new { query.Status })
            .WhereIf(query.Overdue == true, "a.status IN @Owed AND a.due_on < @Today", new { Owed = ReviewRules.OpenStatuses, Today = today })
            .WhereIf(query.Overdue == false, "NOT (a.status IN @Owed AND a.due_on < @Today)", new { Owed = ReviewRules.OpenStatuses, Today = today });
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, ReviewAssignmentRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse(today));
    }
}

internal static class ReviewAssignmentEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        ResourceEndpoints.MapList<ListReviewAssignmentsQuery, Page<ReviewAssignmentDetails>>(module, "/review-assignments", "Research_ListReviewAssignments", "List review assignments, soonest due first; overdue=true for reviews owed past their date");
        ResourceEndpoints.MapGetById(module, "/review-assignments/{id:guid}", id => new GetReviewAssignmentQuery(id), "Research_GetReviewAssignment", "Get a review assignment");
        ActionEndpoints.Map(module, "review-assignments", (id, action, version) => new ChangeReviewAssignmentCommand(id, action, null, version),
            new StatusAction("accept", "Research_AcceptReview", "The reviewer accepts the invitation"),
            new StatusAction("decline", "Research_DeclineReview", "The reviewer declines the invitation"));
        module.MapPost("/review-assignments/{id:guid}/submit", async (Guid id, SubmitReviewRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new ChangeReviewAssignmentCommand(id, "submit", request.Recommendation, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("Research_SubmitReview")
            .WithSummary("Submit an accepted review with its recommendation")
            .Produces<ReviewAssignmentDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
