using Dapper;
using FluentValidation;
using Iom.Contracts.GoverningBodies;
using Iom.Modules.GoverningBodies.Bodies;
using Iom.Modules.GoverningBodies.Symbols;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>Schedule a session of a governing body.</summary>
/// <param name="Body">Code of the governing body (see GET /bodies).</param>
/// <param name="Kind">Regular or special for the Council and the SCPF; the matching kind for the other bodies.</param>
/// <param name="Number">Its number in the body's sequence of that kind.</param>
/// <param name="SymbolPrefix">Prefix of its documents' symbols; derived for the Council and the SCPF when absent.</param>
/// <param name="Title">Title in the official languages.</param>
/// <param name="Theme">Theme in the official languages.</param>
/// <param name="StartDate">First day.</param>
/// <param name="EndDate">Last day.</param>
/// <param name="Venue">Where it meets.</param>
/// <param name="Format">In person, hybrid or virtual.</param>
internal sealed record ScheduleSessionCommand(
    string Body,
    SessionKind? Kind,
    int Number,
    string? SymbolPrefix,
    LocalizedText? Title,
    LocalizedText? Theme,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Venue,
    SessionFormat? Format) : ICommand<SessionDetails>, ISessionFields;

internal sealed class ScheduleSessionCommandValidator : AbstractValidator<ScheduleSessionCommand>
{
    public ScheduleSessionCommandValidator()
    {
        Include(new SessionFieldsValidator());
        RuleFor(c => c.Body).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Number).InclusiveBetween(1, 999);
        RuleFor(c => c.SymbolPrefix).MaximumLength(20);
        RuleFor(c => c.SymbolPrefix)
            .Must(p => DocumentSymbol.TryParsePrefix(p, out _, out _))
            .When(c => c.SymbolPrefix is not null)
            .WithMessage("A session prefix is a series and a session number only, such as C/115, C/Sp/7 or S/34.");
    }
}

internal sealed class ScheduleSessionCommandHandler(WriteSession write)
    : ICommandHandler<ScheduleSessionCommand, SessionDetails>
{

    private const string DuplicateSql = """
        SELECT COUNT(*) FROM governing_bodies.sessions
        WHERE (body_code = @Body AND kind = @Kind AND number = @Number) OR symbol_prefix = @SymbolPrefix
        """;

    private const string InsertSql = """
        INSERT INTO governing_bodies.sessions
            (id, body_code, kind, number, symbol_prefix, title_en, title_fr, title_es, theme_en, theme_fr, theme_es,
             start_date, end_date, venue, format, status, notice_required_days, notice_deadline, notice_sent_at,
             version, created_at, created_by, updated_at, updated_by)
        VALUES
            (@Id, @Body, @Kind, @Number, @SymbolPrefix, @TitleEn, @TitleFr, @TitleEs, @ThemeEn, @ThemeFr, @ThemeEs,
             @StartDate, @EndDate, @Venue, @Format, @Status, @NoticeRequiredDays, @NoticeDeadline, NULL,
             1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<SessionDetails> Handle(ScheduleSessionCommand command, CancellationToken cancellationToken)
    {
        // The session keeps the body's stored code, whatever the case it was typed in.
        var body = (await BodyRow.FindAsync(write, command.Body, cancellationToken)).Found
            ?? throw Invalid.Field("body", $"'{command.Body}' is not a governing body; see GET /bodies.");
        var kind = command.Kind!.Value;
        if (!SessionRules.KindsFor(body.Code).Contains(kind))
        {
            throw Invalid.Field("kind", $"{English.WithArticleCapitalised(body.NameEn)} session is {string.Join(" or ", SessionRules.KindsFor(body.Code).Select(k => k.ToText()))}.");
        }

        var prefix = ResolvePrefix(command, body, kind);
        var duplicates = await write.ExecuteScalarAsync<long>(
            DuplicateSql, new { Body = body.Code, Kind = kind.ToText(), command.Number, SymbolPrefix = prefix }, cancellationToken);
        if (duplicates > 0)
        {
            throw new DuplicateException("session", "body, kind and number or symbol prefix", prefix ?? $"{body.Code} {kind.ToText()} {command.Number}");
        }

        var id = write.NewId();
        var noticeDays = SessionRules.RequiredNoticeDays(body, kind);
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            Body = body.Code,
            Kind = kind.ToText(),
            command.Number,
            SymbolPrefix = prefix,
            TitleEn = command.Title!.En,
            TitleFr = command.Title.Fr,
            TitleEs = command.Title.Es,
            ThemeEn = command.Theme?.En,
            ThemeFr = command.Theme?.Fr,
            ThemeEs = command.Theme?.Es,
            command.StartDate,
            command.EndDate,
            command.Venue,
            Format = command.Format!.Value.ToText(),
            Status = SessionStatus.Planned.ToText(),
            NoticeRequiredDays = noticeDays,
            NoticeDeadline = SessionRules.NoticeDeadline(command.StartDate!.Value, noticeDays),
            write.Now,
            write.By,
        }, cancellationToken);
        var created = (await SessionReader.GetAsync(write, id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.Session, id, "create", null, created, cancellationToken);
        await write.PublishAsync(new SessionScheduled(
            write.NewId(), write.Now, id, created.Body, created.Kind.ToText(), created.Number, created.SymbolPrefix,
            created.StartDate, created.EndDate, created.Venue, created.Format.ToText()), cancellationToken);
        return created;
    }

    private static string? ResolvePrefix(ScheduleSessionCommand command, BodyRow body, SessionKind kind)
    {
        var expected = SessionRules.DefaultSymbolPrefix(body, kind, command.Number);
        if (command.SymbolPrefix is null)
        {
            return expected;
        }

        if (!DocumentSymbol.TryParsePrefix(command.SymbolPrefix, out var prefix, out var error))
        {
            throw Invalid.Field("symbolPrefix", error);
        }

        if (expected is not null && prefix != expected)
        {
            throw Invalid.Field("symbolPrefix", $"The {body.NameEn}'s {kind.ToText()} session {command.Number} has the prefix {expected}.");
        }

        return prefix;
    }
}
