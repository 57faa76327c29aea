namespace Iom.SharedKernel.Files;

/// <summary>A file as stored: its key in the store, its size and its SHA-256 (lower-case hex).</summary>
/// <param name="Key">Where the store keeps it.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">SHA-256 of the bytes, lower-case hex.</param>
public sealed record StoredFile(string Key, long Size, string Sha256);

/// <summary>
/// Where uploaded files live: the filesystem by default (<see cref="FileSystemFileStore"/>), or an object store
/// (Azure Blob Storage, S3) behind the same four calls. Every call streams; none holds a whole file in memory.
/// Keys are made by the caller from ids, never from input.
/// </summary>
public interface IFileStore
{
    /// <summary>Copies <paramref name="content"/> to <paramref name="key"/> as it arrives, hashing it; fails past <paramref name="maxBytes"/> (nothing kept).</summary>
    Task<StoredFile> SaveAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>The stored bytes, to stream out; the caller disposes the stream.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file; a missing one is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>More bytes than the store was told to accept.</summary>
public sealed class FileTooLargeException(long maxBytes) : Exception($"A file may have at most {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
