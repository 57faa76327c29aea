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

namespace Iom.Modules.DonorRelations.Donors;

/// <summary>The fields of a donor a JSON Merge Patch may correct; its code identifies it in reports and does not change.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">What kind of donor it is.</param>
/// <param name="Country">Its country (ISO 3166-1 alpha-3 or alpha-2 or UN M49, kept as alpha-3); null removes it.</param>
/// <param name="IatiRef">Its IATI organisation identifier; null removes it.</param>
/// <param name="FtsId">Its FTS organisation id; null removes it.</param>
/// <param name="FocalPoints">Its contact people (the whole list).</param>
/// <param name="ReportingTemplate">The report format it asks for.</param>
/// <param name="Status">prospect, active or inactive.</param>
[ValidatedAs(typeof(IDonorFields), MergePatch = true)]
internal sealed record DonorPatch(
    string? Name, DonorType? Type, string? Country, string? IatiRef, string? FtsId, IReadOnlyList<FocalPoint>? FocalPoints,
    ReportingTemplate? ReportingTemplate, DonorStatus? Status) : IDonorFields;

internal sealed record UpdateDonorCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<DonorDetails>;

internal sealed class UpdateDonorCommandHandler(WriteSession write, IValidator<IDonorFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateDonorCommand, DonorDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.donors
        SET name = @Name, type = @Type, country = @Country, iati_ref = @IatiRef, fts_id = @FtsId, focal_points = @FocalPoints,
            reporting_template = @ReportingTemplate, status = @Status, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<DonorDetails> Handle(UpdateDonorCommand command, CancellationToken cancellationToken)
    {
        var before = await DonorRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var patched = JsonMergePatch.Apply(
            new DonorPatch(before.Name, before.Type, before.Country, before.IatiRef, before.FtsId, before.FocalPoints, before.ReportingTemplate, before.Status),
            command.Patch,
            json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, patched.Name, Type = patched.Type!.Value.ToText(), Country = Countries.Canonical(patched.Country), patched.IatiRef, patched.FtsId,
            FocalPoints = JsonColumn.Write(patched.FocalPoints ?? []), ReportingTemplate = (patched.ReportingTemplate ?? ReportingTemplate.GrandBargain8Plus3).ToText(),
            Status = (patched.Status ?? DonorStatus.Active).ToText(), write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await DonorRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Donor, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
