using System.Security.Cryptography;

namespace Iom.SharedKernel.Files;

/// <summary>
/// Files under a root folder, one per key. A file is written under a temporary name and moved into place only once
/// complete, so a reader never sees half a file. Several hosts share the store only if they share the folder (a network
/// volume); otherwise use an object store behind <see cref="IFileStore"/>.
/// </summary>
public sealed class FileSystemFileStore(string root) : IFileStore
{
    private const int BufferSize = 1 << 16;

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<StoredFile> SaveAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        throw new FileTooLargeException(maxBytes);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            File.Move(partial, path, overwrite: true);
            return new StoredFile(key, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    // Keys are made of ids and codes (segments of letters, digits and dashes); anything else is a bug, not input.
    private string PathOf(string key)
    {
        if (key.Split('/').Any(segment => segment.Length == 0 || !segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') || segment is "." or ".."))
        {
            throw new ArgumentException($"Not a file key: {key}", nameof(key));
        }

        return Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
    }
}
