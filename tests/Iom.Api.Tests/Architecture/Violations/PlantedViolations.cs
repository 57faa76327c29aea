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

internal sealed record SecondMessageQuery : IQuery<int>;

internal sealed class TwoMessagesHandler : IQueryHandler<SecondMessageQuery, int>, IQueryHandler<ThirdMessageQuery, int>
{
    public ValueTask<int> Handle(SecondMessageQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(2);

    public ValueTask<int> Handle(ThirdMessageQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(3);
}

internal sealed record ThirdMessageQuery : IQuery<int>;

/// <summary>Plays a contract: a class, not a record.</summary>
internal sealed class ContractAsClass;

/// <summary>Plays a contract: a record with behaviour.</summary>
internal sealed record ContractWithBehaviour(Guid EventId)
{
    public bool IsRecent(DateTimeOffset now) => now.Year > 2000;
}
