using Dapper;
using FluentValidation;
using Iom.Contracts.GoverningBodies;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Resolutions;

/// <summary>Record a resolution a session adopted.</summary>
/// <param name="Number">Its number in the global running sequence; the symbol is the session prefix, RES and this number.</param>
/// <param name="SessionId">The session that adopted it (in session or closed).</param>
/// <param name="AgendaItemId">The agenda item of that session it was adopted under.</param>
/// <param name="Title">Title per language.</param>
/// <param name="AdoptedOn">The day it was adopted, within the session's dates and not after today.</param>
/// <param name="Adoption">Consensus, or a vote with its counts.</param>
internal sealed record RecordResolutionCommand(
    int Number,
    Guid SessionId,
    Guid? AgendaItemId,
    LocalizedText? Title,
    DateOnly AdoptedOn,
    Adoption? Adoption) : ICommand<ResolutionDetails>;

internal sealed class AdoptionValidator : AbstractValidator<Adoption>
{
    public const int MaxVotes = 500;

    public AdoptionValidator()
    {
        RuleFor(a => a.Method).NotNull().IsInEnum();
        RuleFor(a => a.VotesFor).InclusiveBetween(0, MaxVotes);
        RuleFor(a => a.VotesAgainst).InclusiveBetween(0, MaxVotes);
        RuleFor(a => a.Abstentions).InclusiveBetween(0, MaxVotes);
    }
}

internal sealed class RecordResolutionCommandValidator : AbstractValidator<RecordResolutionCommand>
{
    public RecordResolutionCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Number).InclusiveBetween(1, 99999);
        RuleFor(c => c.SessionId).NotEmpty();
        RuleFor(c => c.Title).LocalizedText(required: true);
        RuleFor(c => c.AdoptedOn).NotEmpty().NotInFuture(clock);
        RuleFor(c => c.Adoption).NotNull().SetValidator(new AdoptionValidator()!);
        When(c => c.Adoption?.Method == AdoptionMethod.Vote, () =>
        {
            RuleFor(c => c.Adoption!.VotesFor).NotNull();
            RuleFor(c => c.Adoption!.VotesAgainst).NotNull();
            RuleFor(c => c.Adoption!.Abstentions).NotNull();
            RuleFor(c => c.Adoption!.VotesFor).GreaterThan(c => c.Adoption!.VotesAgainst)
                .WithMessage("A resolution adopted by vote has more votes for than against.");
        });
        When(c => c.Adoption?.Method == AdoptionMethod.Consensus, () =>
            RuleFor(c => c.Adoption).Must(a => a!.VotesFor is null && a.VotesAgainst is null && a.Abstentions is null)
                .WithMessage("A resolution adopted by consensus has no vote counts."));
    }
}

internal sealed class RecordResolutionCommandHandler(WriteSession write)
    : ICommandHandler<RecordResolutionCommand, ResolutionDetails>
{
    private const string DuplicateSql = "SELECT COUNT(*) FROM governing_bodies.resolutions WHERE number = @Number OR symbol = @Symbol";
    private const string AgendaItemSql = "SELECT COUNT(*) FROM governing_bodies.agenda_items WHERE id = @AgendaItemId AND session_id = @SessionId";

    private const string InsertSql = """
        INSERT INTO governing_bodies.resolutions
            (id, number, symbol, session_id, agenda_item_id, title_en, title_fr, title_es, adopted_on, adoption_method,
             votes_for, votes_against, votes_abstaining, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Number, @Symbol, @SessionId, @AgendaItemId, @TitleEn, @TitleFr, @TitleEs, @AdoptedOn, @Method,
             @VotesFor, @VotesAgainst, @Abstentions, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<ResolutionDetails> Handle(RecordResolutionCommand command, CancellationToken cancellationToken)
    {
        var session = await SessionReader.FindAsync(write, command.SessionId, cancellationToken)
            ?? throw Invalid.Field("sessionId", $"No session has the id {command.SessionId}.");

        if (session.Status is not (SessionStatus.InSession or SessionStatus.Closed))
        {
            throw new ConflictException("Session not sitting", $"Resolutions are adopted in session; this session is '{session.Status.ToText()}'.", "session-not-sitting");
        }

        if (session.SymbolPrefix is null)
        {
            throw Invalid.Field("sessionId", "This session has no symbol prefix, so its resolutions cannot have symbols.");
        }

        if (command.AdoptedOn < session.StartDate || command.AdoptedOn > session.EndDate)
        {
            throw Invalid.Field("adoptedOn", $"The session sat from {session.StartDate:yyyy-MM-dd} to {session.EndDate:yyyy-MM-dd}.");
        }

        if (command.AgendaItemId is not null
            && await write.QuerySingleOrDefaultAsync<long>(AgendaItemSql, new { command.AgendaItemId, command.SessionId }, cancellationToken) == 0)
        {
            throw Invalid.Field("agendaItemId", "Not an agenda item of this session.");
        }

        var symbol = $"{session.SymbolPrefix}/RES/{command.Number}";
        if (await write.QuerySingleOrDefaultAsync<long>(DuplicateSql, new { command.Number, Symbol = symbol }, cancellationToken) > 0)
        {
            throw new DuplicateException("resolution", "number", command.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var id = write.NewId();
        var adoption = command.Adoption!;
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            command.Number,
            Symbol = symbol,
            command.SessionId,
            command.AgendaItemId,
            TitleEn = command.Title!.En,
            TitleFr = command.Title.Fr,
            TitleEs = command.Title.Es,
            command.AdoptedOn,
            Method = adoption.Method!.Value.ToText(),
            adoption.VotesFor,
            adoption.VotesAgainst,
            adoption.Abstentions,
            write.Now,
            write.By,
        }, cancellationToken);
        var resolution = (await ResolutionRow.GetAsync(write, id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Resolution, id, "create", null, resolution, cancellationToken);
        await write.PublishAsync(new ResolutionAdopted(
            write.NewId(), write.Now, id, resolution.Number, resolution.Symbol, session.Id, session.BodyCode,
            resolution.Title.En, resolution.Title.Fr, resolution.Title.Es, resolution.AdoptedOn, resolution.Adoption.Method!.Value.ToText()), cancellationToken);
        return resolution;
    }
}
