using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>What the zip of a session's package holds: the issued language versions that have files, and where each is stored.</summary>
/// <param name="SymbolPrefix">The session's prefix, which names the zip.</param>
/// <param name="Files">The rows with a stored file, by symbol.</param>
internal sealed record PackageFiles(string? SymbolPrefix, IReadOnlyList<PackageRow> Files);

internal sealed record GetDocumentPackageZipQuery(Guid SessionId) : IQuery<PackageFiles>;

internal sealed class GetDocumentPackageZipQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<GetDocumentPackageZipQuery, PackageFiles>
{
    public async ValueTask<PackageFiles> Handle(GetDocumentPackageZipQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var session = await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var rows = await DocumentPackages.RowsAsync(read, session.Id, user.HasScope(GoverningBodiesScopes.Restricted), cancellationToken);
        return new PackageFiles(session.SymbolPrefix, rows.Where(r => r.StorageKey is not null).ToList());
    }
}
