namespace Iom.SharedKernel.Data;

/// <summary>
/// A request-wide transaction: while one is ambient, the write scope a handler opens joins it, and the handler's commit
/// only marks it ready. Whoever made it ambient (the idempotency filter) commits it after adding rows of its own, so that
/// the change and the stored response commit together or not at all.
/// </summary>
public sealed class RequestTransaction
{
    private static readonly AsyncLocal<RequestTransaction?> Ambient = new();

    public static RequestTransaction? Current => Ambient.Value;

    /// <summary>The write scope the handler opened, if it opened one.</summary>
    public WriteScope? Scope { get; private set; }

    /// <summary>Whether the handler asked to commit.</summary>
    public bool CommitRequested { get; internal set; }

    public static RequestTransaction Begin() => Ambient.Value = new RequestTransaction();

    public static void End() => Ambient.Value = null;

    internal void Join(WriteScope scope) =>
        Scope = Scope is null ? scope : throw new InvalidOperationException("A request opens at most one write scope.");
}
