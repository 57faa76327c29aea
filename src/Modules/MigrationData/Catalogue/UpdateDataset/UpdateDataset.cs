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

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>The fields of a dataset a JSON Merge Patch may correct; its code and partner do not change.</summary>
/// <param name="Title">Title per language.</param>
/// <param name="Licence">Licence of the data; null removes it.</param>
/// <param name="Coverage">What it covers; null removes it.</param>
/// <param name="Methodology">Methodology notes; null removes them.</param>
[ValidatedAs(typeof(IDatasetFields), MergePatch = true)]
internal sealed record DatasetPatch(
    LocalizedText? Title,
    string? Licence,
    string? Coverage,
    string? Methodology) : IDatasetFields;

internal sealed record UpdateDatasetCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<DatasetDetails>;

internal sealed class UpdateDatasetCommandHandler(WriteSession write, IValidator<IDatasetFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateDatasetCommand, DatasetDetails>
{
    private const string UpdateSql = """
        UPDATE migration_data.datasets
        SET title_en = @TitleEn, title_fr = @TitleFr, title_es = @TitleEs, licence = @Licence, coverage = @Coverage, methodology = @Methodology,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<DatasetDetails> Handle(UpdateDatasetCommand command, CancellationToken cancellationToken)
    {
        var before = (await DatasetRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var patched = JsonMergePatch.Apply(new DatasetPatch(before.Title, before.Licence, before.Coverage, before.Methodology), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, TitleEn = patched.Title!.En, TitleFr = patched.Title.Fr, TitleEs = patched.Title.Es, patched.Licence, patched.Coverage, patched.Methodology, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = (await DatasetRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Dataset, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
