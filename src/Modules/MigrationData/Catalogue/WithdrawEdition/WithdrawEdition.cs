using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Why an edition is withdrawn.</summary>
/// <param name="Reason">An error found, a replacement issued: shown with the edition and in the provenance of its values.</param>
[ValidatedAs(typeof(WithdrawEditionCommand))]
internal sealed record WithdrawEditionRequest(string? Reason);

/// <summary>Withdraw a released edition: the dataset's previous release becomes its default again.</summary>
internal sealed record WithdrawEditionCommand(Guid Id, string? Reason, int? ExpectedVersion) : ICommand<EditionDetails>;

internal sealed class WithdrawEditionCommandValidator : AbstractValidator<WithdrawEditionCommand>
{
    public WithdrawEditionCommandValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the edition is withdrawn.").MaximumLength(2000).Reference();
}

internal sealed class WithdrawEditionCommandHandler(WriteSession write) : ICommandHandler<WithdrawEditionCommand, EditionDetails>
{
    public async ValueTask<EditionDetails> Handle(WithdrawEditionCommand command, CancellationToken cancellationToken) =>
        await EditionTransitions.ApplyAsync(write, command.Id, "withdraw", command.Reason, command.ExpectedVersion, cancellationToken);
}
