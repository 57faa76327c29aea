using Iom.Modules.GoverningBodies;
using Mediator;

// Deliberate breaks of each architecture rule; ArchitectureTests checks that every rule catches its own.
namespace Iom.Api.Tests.Architecture.Violations;

public sealed class LeakedPublicType;

internal sealed class MisnamedMessage : IQuery<int>;

internal class UnsealedHandler : IQueryHandler<MisnamedMessage, int>
{
    public ValueTask<int> Handle(MisnamedMessage query, CancellationToken cancellationToken) => ValueTask.FromResult(0);
}

internal sealed class ReachesIntoAnotherModule
{
    public string Peek() => new GoverningBodiesModule().Name;
}
