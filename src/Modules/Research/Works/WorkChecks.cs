using Iom.Modules.Research.Projects;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.Research.Works;

/// <summary>What creating and correcting a work check alike, and how they store its abstracts.</summary>
internal static class WorkChecks
{
    /// <summary>A project named in a body must exist: an unknown one is a 400 on the field, not a 404.</summary>
    public static async Task EnsureProjectExistsAsync(IDbSession db, Guid? projectId, CancellationToken cancellationToken)
    {
        if (projectId is { } id && await ProjectRow.FindAsync(db, id, cancellationToken) is null)
        {
            throw Invalid.Field("projectId", $"No project has the id {id}.");
        }
    }

    /// <summary>The abstracts as stored: languages in lower case, text trimmed.</summary>
    public static string AbstractsColumn(IReadOnlyList<WorkAbstract>? abstracts) =>
        JsonColumn.Write((abstracts ?? []).Select(a => new WorkAbstract(Languages.Normalize(a.Language), a.Text!.Trim())).ToList());
}
