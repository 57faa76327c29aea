namespace Iom.SharedKernel.Errors;

public static class ConcurrencyCheck
{
    /// <summary>412 when the caller's If-Match named another version than the one stored.</summary>
    public static void EnsureExpected(int? expectedVersion, int currentVersion)
    {
        if (expectedVersion is { } expected && expected != currentVersion)
        {
            throw new PreconditionFailedException(currentVersion);
        }
    }
}
