using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.MemberStates;

/// <summary>Record a Member State and the day it became a member.</summary>
/// <param name="Country">ISO 3166-1 alpha-3 or alpha-2, or UN M49; answered as alpha-3.</param>
/// <param name="MemberSince">The day it became a member; not in the future.</param>
internal sealed record AdmitMemberStateCommand(string? Country, DateOnly? MemberSince) : ICommand<MemberStateDetails>;

internal sealed class AdmitMemberStateCommandValidator : AbstractValidator<AdmitMemberStateCommand>
{
    public AdmitMemberStateCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Country).NotEmpty().CountryCode();
        RuleFor(c => c.MemberSince).NotNull().NotInFuture(clock);
    }
}

internal sealed class AdmitMemberStateCommandHandler(WriteSession write) : ICommandHandler<AdmitMemberStateCommand, MemberStateDetails>
{
    private const string ExistsSql = "SELECT COUNT(*) FROM governing_bodies.member_states WHERE country = @Country";

    private const string InsertSql = """
        INSERT INTO governing_bodies.member_states (country, member_since, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Country, @MemberSince, 1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<MemberStateDetails> Handle(AdmitMemberStateCommand command, CancellationToken cancellationToken)
    {
        var country = Countries.Canonical(command.Country)!;
        if (await write.ExecuteScalarAsync<long>(ExistsSql, new { Country = country }, cancellationToken) > 0)
        {
            throw new DuplicateException("member state", "country", country);
        }

        await write.ExecuteAsync(InsertSql, new { Country = country, command.MemberSince, write.Now, write.By }, cancellationToken);
        var created = await MemberStateRow.ReadAsync(write, country, cancellationToken);
        await write.RecordAsync(AuditedEntities.MemberState, MemberStateKeys.EntityId(country), "create", null, created, cancellationToken);
        return created;
    }
}
