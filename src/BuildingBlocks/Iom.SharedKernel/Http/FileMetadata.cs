namespace Iom.SharedKernel.Http;

/// <summary>Endpoint metadata: the operation takes a file of one of <paramref name="MediaTypes"/>, of at most <paramref name="MaxBytes"/>, as its body.</summary>
public sealed record FileUpload(long MaxBytes, IReadOnlyList<string> MediaTypes);

/// <summary>
/// Endpoint metadata: the operation's 200 is a file of one of <paramref name="MediaTypes"/>; a stored file (<paramref name="Stored"/>)
/// also carries its SHA-256 as ETag and Repr-Digest, a file written as it is sent (a zip) cannot.
/// </summary>
public sealed record FileDownload(IReadOnlyList<string> MediaTypes, bool Stored = true);
