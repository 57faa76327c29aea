using Dapper;
using FluentValidation;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.AgendaItems;

/// <summary>Put an item on a session's provisional agenda.</summary>
/// <param name="Number">9, 9(a) or 9(a)(ii); a sub-item's parent must be on the agenda already.</param>
/// <param name="Title">Title in the official languages.</param>
[ValidatedAs(typeof(AddAgendaItemCommand))]
internal sealed record AddAgendaItemRequest(string? Number, LocalizedText? Title);

internal sealed record AddAgendaItemCommand(Guid SessionId, string? Number, LocalizedText? Title) : ICommand<AgendaItemDetails>;

internal sealed class AddAgendaItemCommandValidator : AbstractValidator<AddAgendaItemCommand>
{
    public AddAgendaItemCommandValidator()
    {
        RuleFor(c => c.Number).NotEmpty().MaximumLength(20)
            .Must(AgendaItemRules.IsValidNumber).WithMessage("An item number looks like 9, 9(a) or 9(a)(ii).");
        RuleFor(c => c.Title).LocalizedText(required: true);
    }
}

internal sealed class AddAgendaItemCommandHandler(WriteSession write)
    : ICommandHandler<AddAgendaItemCommand, AgendaItemDetails>
{
    private const string ExistingSql = "SELECT id, number FROM governing_bodies.agenda_items WHERE session_id = @SessionId AND number IN @Numbers";

    private const string InsertSql = """
        INSERT INTO governing_bodies.agenda_items
            (id, session_id, number, parent_id, sort_key, title_en, title_fr, title_es, status, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @SessionId, @Number, @ParentId, @SortKey, @TitleEn, @TitleFr, @TitleEs, @Status, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<AgendaItemDetails> Handle(AddAgendaItemCommand command, CancellationToken cancellationToken)
    {
        var session = await SessionReader.GetAsync(write, command.SessionId, cancellationToken);
        if (session.Status is SessionStatus.Closed or SessionStatus.ReportAdopted or SessionStatus.Cancelled)
        {
            throw new ConflictException("Agenda is final", $"The session is '{session.Status.ToText()}'; its agenda can no longer change.", "agenda-final");
        }

        var number = command.Number!;
        var parentNumber = AgendaItemRules.ParentNumber(number);
        var existing = (await write.QueryAsync<AgendaItemRow>(
            ExistingSql, new { command.SessionId, Numbers = new[] { number, parentNumber ?? number } }, cancellationToken)).ToList();
        if (existing.Any(e => e.Number == number))
        {
            throw new DuplicateException("agenda item", "number", number);
        }

        Guid? parentId = null;
        if (parentNumber is not null)
        {
            parentId = existing.FirstOrDefault(e => e.Number == parentNumber)?.Id;
            if (parentId is null)
            {
                throw Invalid.Field("number", $"Item {parentNumber} must be on the agenda before {number}.");
            }
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            command.SessionId,
            Number = number,
            ParentId = parentId,
            SortKey = AgendaItemRules.SortKey(number),
            TitleEn = command.Title!.En,
            TitleFr = command.Title.Fr,
            TitleEs = command.Title.Es,
            Status = AgendaItemStatus.Proposed.ToText(),
            write.Now,
            write.By,
        }, cancellationToken);
        var row = await AgendaItemRow.GetAsync(write, id, cancellationToken);
        var response = (await AgendaItemRow.ToResponsesAsync(write, [row], true, cancellationToken))[0];
        await write.RecordAsync(AuditedEntities.AgendaItem, id, "create", null, response, cancellationToken);
        return response;
    }
}
