namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// dotnet test's default output counts skipped tests but shows no reason; each distinct reason goes to skip-reasons.txt
/// next to the assembly, which the project's PrintSkipReasons target prints after the run (and clears before the next).
/// </summary>
public static class SkipReasons
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Recorded = [];

    /// <summary>Skips the test or fixture with <paramref name="reason"/>, and has the reason printed after the run.</summary>
    public static void Ignore(string reason)
    {
        Record(reason);
        Assert.Ignore(reason);
    }

    private static void Record(string reason)
    {
        lock (Gate)
        {
            if (Recorded.Add(reason))
            {
                File.AppendAllLines(Path.Combine(AppContext.BaseDirectory, "skip-reasons.txt"), [reason]);
            }
        }
    }
}
