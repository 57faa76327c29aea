using System.Reflection;
using Iom.Contracts;
using Iom.SharedKernel.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.SharedKernel.Outbox;

/// <summary>
/// Hands one integration event to each of its subscribers, each in a scope and a <see cref="WriteSession"/> of its own
/// on its own module, committed when it returns: a subscriber receives its session as a command handler does.
/// </summary>
public sealed class IntegrationEventDelivery(IServiceScopeFactory scopes, ModuleDatabases databases)
{
    public async Task DeliverAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var subscriberType = typeof(IIntegrationEventSubscriber<>).MakeGenericType(integrationEvent.GetType());
        var handle = subscriberType.GetMethod(nameof(IIntegrationEventSubscriber<IIntegrationEvent>.HandleAsync))!;
        int count;
        await using (var listing = scopes.CreateAsyncScope())
        {
            count = listing.ServiceProvider.GetServices(subscriberType).Count();
        }

        for (var i = 0; i < count; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var subscriber = scope.ServiceProvider.GetServices(subscriberType).ElementAt(i)!;
            // One outside every module (a probe of the tests) writes nothing, and runs without a session.
            var database = databases.Find(subscriber.GetType());
            var write = scope.ServiceProvider.GetRequiredService<WriteSession>();
            if (database is not null)
            {
                await write.BeginAsync(database, cancellationToken);
            }

            try
            {
                await (Task)handle.Invoke(subscriber, [integrationEvent, cancellationToken])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is { } cause)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
            }

            if (database is not null)
            {
                await write.CompleteAsync(cancellationToken);
            }
        }
    }
}
