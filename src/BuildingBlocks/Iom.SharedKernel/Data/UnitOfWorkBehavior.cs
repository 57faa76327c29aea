using Mediator;

namespace Iom.SharedKernel.Data;

/// <summary>
/// Gives every command its unit of work: opens the <see cref="WriteSession"/> on the command's module before the handler
/// runs, completes (commits) it after the handler returns, rolls it back if the handler throws. Constrained to commands,
/// so that queries do not even resolve it.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(WriteSession write, ModuleDatabases databases) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, ICommand<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await write.BeginAsync(databases.Of(typeof(TMessage)), cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            await write.CompleteAsync(cancellationToken);
            return response;
        }
        catch
        {
            // Release the write lock now, not when the request's scope ends after the error has been written.
            await write.DisposeAsync();
            throw;
        }
    }
}

/// <summary>The module database each module's types (commands, subscribers) write to, found by their assembly.</summary>
public sealed class ModuleDatabases(IEnumerable<ModuleDatabase> databases)
{
    private readonly Dictionary<System.Reflection.Assembly, ModuleDatabase> _byAssembly = databases.ToDictionary(d => d.GetType().Assembly);

    public ModuleDatabase Of(Type type) => Find(type) ?? throw new InvalidOperationException($"{type.FullName} is in no module with a database.");

    public ModuleDatabase? Find(Type type) => _byAssembly.GetValueOrDefault(type.Assembly);
}

/// <summary>Write sessions for work outside a command's pipeline (bulk loads, jobs): the caller commits and disposes.</summary>
public sealed class WriteSessions(Auditing.AuditTrail audit, TimeProvider clock, Http.ICurrentUser user)
{
    public WriteSession Create(string? onBehalfOf = null) => new(audit, clock, user, onBehalfOf);

    /// <summary>An open session; <paramref name="onBehalfOf"/> names the writer when the work runs after its request.</summary>
    public async Task<WriteSession> BeginAsync(ModuleDatabase database, CancellationToken cancellationToken, string? onBehalfOf = null)
    {
        var session = Create(onBehalfOf);
        try
        {
            await session.BeginAsync(database, cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }
}
