using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.Research.Manifestations;

/// <summary>ISBNs and DOIs are unique across every manifestation of every work.</summary>
internal static class ManifestationIdentifiers
{
    private const string IsbnTakenSql = "SELECT COUNT(*) FROM research.manifestations WHERE isbn = @Isbn AND (@Id IS NULL OR id <> @Id)";
    private const string DoiTakenSql = "SELECT COUNT(*) FROM research.manifestations WHERE UPPER(doi) = UPPER(@Doi) AND (@Id IS NULL OR id <> @Id)";

    public static async Task EnsureFreeAsync(WriteSession write, Guid? id, string? isbn, string? doi, CancellationToken cancellationToken)
    {
        if (isbn is not null && await write.QuerySingleOrDefaultAsync<long>(IsbnTakenSql, new { Isbn = isbn, Id = id }, cancellationToken) > 0)
        {
            throw new DuplicateException("manifestation", "isbn", isbn);
        }

        if (doi is not null && await write.QuerySingleOrDefaultAsync<long>(DoiTakenSql, new { Doi = doi, Id = id }, cancellationToken) > 0)
        {
            throw new DuplicateException("manifestation", "doi", doi);
        }
    }
}
