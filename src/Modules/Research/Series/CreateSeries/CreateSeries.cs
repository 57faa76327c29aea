using FluentValidation;
using Iom.Modules.Research.Identifiers;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.Research.Series;

/// <summary>Create a publication series.</summary>
/// <param name="Code">Short code, unique: capital letters, digits and hyphens (WMR, MRS).</param>
/// <param name="Name">Name per language.</param>
/// <param name="Issn">Its ISSN, if it has one; the check character is verified.</param>
/// <param name="SeriesEditor">Its editor.</param>
internal sealed record CreateSeriesCommand(string? Code, LocalizedText? Name, string? Issn, string? SeriesEditor) : ICommand<SeriesDetails>, ISeriesFields;

internal sealed class CreateSeriesCommandValidator : AbstractValidator<CreateSeriesCommand>
{
    public CreateSeriesCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(20).Matches("^[A-Z0-9][A-Z0-9-]*$").WithMessage("Use capital letters, digits and hyphens.");
        Include(new SeriesFieldsValidator());
    }
}

internal sealed class CreateSeriesCommandHandler(WriteSession write)
    : ICommandHandler<CreateSeriesCommand, SeriesDetails>
{
    private const string TakenSql = "SELECT code, issn FROM research.series WHERE code = @Code OR issn = @Issn";

    private const string InsertSql = """
        INSERT INTO research.series (id, code, name_en, name_fr, name_es, issn, series_editor, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Code, @NameEn, @NameFr, @NameEs, @Issn, @SeriesEditor, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<SeriesDetails> Handle(CreateSeriesCommand command, CancellationToken cancellationToken)
    {
        var issn = StandardIdentifiers.NormalizeIssn(command.Issn);
        foreach (var taken in await write.QueryAsync<(string Code, string? Issn)>(TakenSql, new { command.Code, Issn = issn }, cancellationToken))
        {
            throw taken.Code == command.Code ? new DuplicateException("series", "code", command.Code!) : new DuplicateException("series", "issn", issn!);
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            command.Code,
            NameEn = command.Name!.En,
            NameFr = command.Name.Fr,
            NameEs = command.Name.Es,
            Issn = issn,
            command.SeriesEditor,
            write.Now,
            write.By,
        }, cancellationToken);
        var series = (await SeriesRow.GetAsync(write, id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Series, id, "create", null, series, cancellationToken);
        return series;
    }
}
