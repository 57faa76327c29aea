namespace Iom.Modules.MigrationData.Loading;

/// <summary>The <c>MigrationData</c> section.</summary>
internal sealed class MigrationDataOptions
{
    public const string Section = "MigrationData";

    /// <summary>Files up to this size load while the request waits; larger ones (or any sent with Prefer: respond-async) run as a job.</summary>
    public long SynchronousLoadMaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The largest file a load accepts.</summary>
    public long MaxLoadBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Where uploaded files wait for their load; default: the system's temporary folder.</summary>
    public string? UploadDirectory { get; set; }

    public string UploadPath(Guid id) => Path.Combine(UploadDirectory ?? Path.Combine(Path.GetTempPath(), "iom-migration-data-uploads"), $"{id}.upload");
}
