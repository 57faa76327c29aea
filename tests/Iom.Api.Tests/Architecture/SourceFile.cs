namespace Iom.Api.Tests.Architecture;

/// <summary>A hand-written C# file: its path from the repository root (with '/') and its text.</summary>
internal sealed record SourceFile(string Path, string Text)
{
    public string[] Lines => Text.Split('\n');

    /// <summary>The folder holding the file.</summary>
    public string Folder => Path[..Path.LastIndexOf('/')];

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Iom.Api.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Not inside the repository.");
    }

    /// <summary>The .cs files under <paramref name="folder"/> (from the repository root), without bin/ and obj/.</summary>
    public static IReadOnlyList<SourceFile> Under(string folder)
    {
        var root = RepositoryRoot();
        return Directory.EnumerateFiles(System.IO.Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceFile(f, File.ReadAllText(System.IO.Path.Combine(root, f)).ReplaceLineEndings("\n")))
            .ToList();
    }
}
