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

/// <summary>The fields of a data partner a JSON Merge Patch may correct; its code does not change.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Website">Its website (https); null removes it.</param>
[ValidatedAs(typeof(IPartnerFields), MergePatch = true)]
internal sealed record PartnerPatch(
    string? Name,
    PartnerKind? Kind,
    string? Website) : IPartnerFields;

internal sealed record UpdatePartnerCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<PartnerDetails>;

internal sealed class UpdatePartnerCommandHandler(WriteSession write, IValidator<IPartnerFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdatePartnerCommand, PartnerDetails>
{
    private const string UpdateSql = """
        UPDATE migration_data.partners
        SET name = @Name, kind = @Kind, website = @Website,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<PartnerDetails> Handle(UpdatePartnerCommand command, CancellationToken cancellationToken)
    {
        var before = await PartnerRow.FindAsync(write, command.Id, cancellationToken) ?? throw new NotFoundException("partner", command.Id);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var patched = JsonMergePatch.Apply(new PartnerPatch(before.Name, before.Kind, before.Website), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, patched.Name, Kind = patched.Kind!.Value.ToText(), patched.Website, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await PartnerRow.FindAsync(write, command.Id, cancellationToken) ?? throw new NotFoundException("partner", command.Id);
        await write.RecordAsync(AuditedEntities.Partner, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
