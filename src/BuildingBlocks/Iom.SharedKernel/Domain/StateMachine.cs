using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.SharedKernel.Domain;

/// <summary>A resource's status machine: named actions, the states each is allowed from, and where each leads.</summary>
public sealed class StateMachine<TState>(string resource)
    where TState : struct, Enum
{
    private readonly List<Transition> _transitions = [];

    public StateMachine<TState> Allow(string action, TState to, params TState[] from)
    {
        _transitions.Add(new Transition(action, from, to));
        return this;
    }

    public IEnumerable<string> Actions => _transitions.Select(t => t.Action).Distinct();

    public IReadOnlyList<string> AllowedActions(TState current) =>
        _transitions.Where(t => t.From.Contains(current)).Select(t => t.Action).Distinct().ToList();

    /// <summary>The state <paramref name="action"/> leads to from <paramref name="current"/>; 409 when not allowed.</summary>
    public TState Apply(string action, TState current)
    {
        var transition = _transitions.FirstOrDefault(t => t.Action == action && t.From.Contains(current));
        return transition is null
            ? throw new InvalidTransitionException(resource, action, current.ToText(), AllowedActions(current))
            : transition.To;
    }

    private sealed record Transition(string Action, TState[] From, TState To);
}
