using Iom.SharedKernel.Http;

namespace Iom.SharedKernel.Auditing;

/// <summary>When and by whom a write happens, stamped on every row it touches.</summary>
public readonly record struct Audit(DateTimeOffset Now, string By)
{
    public static Audit Of(TimeProvider clock, ICurrentUser user) => new(clock.GetUtcNow(), user.Subject);

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);
}
