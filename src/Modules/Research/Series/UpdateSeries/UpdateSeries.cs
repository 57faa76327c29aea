using System.Text.Json;
using FluentValidation;
using Iom.Modules.Research.Identifiers;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.Research.Series;

/// <summary>The fields of a series a JSON Merge Patch may correct; its code does not change.</summary>
/// <param name="Name">Name per language.</param>
/// <param name="Issn">Its ISSN, check character verified; null removes it.</param>
/// <param name="SeriesEditor">Its editor; null removes it.</param>
[ValidatedAs(typeof(ISeriesFields), MergePatch = true)]
internal sealed record SeriesPatch(
    LocalizedText? Name,
    string? Issn,
    string? SeriesEditor) : ISeriesFields;

internal sealed record UpdateSeriesCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<SeriesDetails>;

internal sealed class UpdateSeriesCommandHandler(WriteSession write, IValidator<ISeriesFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateSeriesCommand, SeriesDetails>
{
    private const string UpdateSql = """
        UPDATE research.series
        SET name_en = @NameEn, name_fr = @NameFr, name_es = @NameEs, issn = @Issn, series_editor = @SeriesEditor,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<SeriesDetails> Handle(UpdateSeriesCommand command, CancellationToken cancellationToken)
    {
        var before = (await SeriesRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var patched = JsonMergePatch.Apply(new SeriesPatch(before.Name, before.Issn, before.SeriesEditor), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, NameEn = patched.Name!.En, NameFr = patched.Name.Fr, NameEs = patched.Name.Es, Issn = StandardIdentifiers.NormalizeIssn(patched.Issn), patched.SeriesEditor, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = (await SeriesRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Series, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
