using System.Text.Json;
using FluentValidation;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.Officers;

/// <summary>What a JSON Merge Patch may correct in an officer: the name, the country, the day of the election. A change of role is a new election.</summary>
/// <param name="Name">The person elected.</param>
/// <param name="Country">The member state the officer comes from, or null.</param>
/// <param name="ElectedOn">The day of the election, within the session's dates.</param>
[ValidatedAs(typeof(OfficerPatch), MergePatch = true)]
internal sealed record OfficerPatch(string? Name, string? Country, DateOnly? ElectedOn);

internal sealed class OfficerPatchValidator : AbstractValidator<OfficerPatch>
{
    public OfficerPatchValidator()
    {
        RuleFor(p => p.Name).NotEmpty().MaximumLength(200).Reference();
        RuleFor(p => p.Country).CountryCode();
        RuleFor(p => p.ElectedOn).NotNull();
    }
}

internal sealed record UpdateOfficerCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<OfficerDetails>;

internal sealed class UpdateOfficerCommandHandler(WriteSession write, IValidator<OfficerPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateOfficerCommand, OfficerDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.session_officers
        SET name = @Name, country = @Country, elected_on = @ElectedOn, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<OfficerDetails> Handle(UpdateOfficerCommand command, CancellationToken cancellationToken)
    {
        var before = await OfficerRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var patched = JsonMergePatch.Apply(new OfficerPatch(before.Name, before.Country, before.ElectedOn), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        var session = await SessionReader.GetAsync(write, before.SessionId, cancellationToken);
        var electedOn = OfficerRules.ElectionDay(session, patched.ElectedOn);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, patched.Name, Country = Countries.Canonical(patched.Country), ElectedOn = electedOn, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await OfficerRow.GetAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Officer, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
