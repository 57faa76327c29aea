namespace Iom.SharedKernel.Time;

/// <summary>Business dates are UTC dates: deadlines, due dates and "overdue" are counted in them everywhere.</summary>
public static class Clock
{
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
