using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Observers;

/// <summary>Record observer status the Council granted.</summary>
/// <param name="Kind">state, igo or ngo.</param>
/// <param name="Country">The state, for kind state: ISO 3166-1 alpha-3 or alpha-2, or UN M49.</param>
/// <param name="Name">The organization's name in the official languages; none for a state.</param>
/// <param name="Acronym">The organization's acronym.</param>
/// <param name="GrantedByResolution">The Council resolution that granted the status (its symbol or number).</param>
/// <param name="GrantedOn">The day it was granted; not in the future.</param>
/// <param name="WithdrawnOn">The day the status ended, if it has.</param>
internal sealed record GrantObserverStatusCommand(
    ObserverKind? Kind, string? Country, LocalizedText? Name, string? Acronym, string? GrantedByResolution, DateOnly? GrantedOn, DateOnly? WithdrawnOn)
    : ICommand<ObserverDetails>, IObserverFields;

internal sealed class GrantObserverStatusCommandValidator : AbstractValidator<GrantObserverStatusCommand>
{
    public GrantObserverStatusCommandValidator(TimeProvider clock) => Include(new ObserverFieldsValidator(clock));
}

internal sealed class GrantObserverStatusCommandHandler(WriteSession write) : ICommandHandler<GrantObserverStatusCommand, ObserverDetails>
{
    public async ValueTask<ObserverDetails> Handle(GrantObserverStatusCommand command, CancellationToken cancellationToken) =>
        await ObserverWriter.GrantAsync(write, command, partnerId: null, cancellationToken);
}
