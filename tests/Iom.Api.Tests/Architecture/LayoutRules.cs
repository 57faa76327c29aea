using System.Text.RegularExpressions;

namespace Iom.Api.Tests.Architecture;

/// <summary>
/// The module layout of ADR 1, as functions from source files to the places that break it, so that each rule runs on the
/// real modules (must find nothing) and on planted files (must find the planted break).
/// </summary>
internal static partial class LayoutRules
{
    public const int MaxLines = 250;

    /// <summary>No hand-written file passes <see cref="MaxLines"/> lines.</summary>
    public static IReadOnlyList<string> FilesTooLong(IEnumerable<SourceFile> files) =>
        files.Where(f => f.Lines.Length > MaxLines).Select(f => $"{f.Path}: {f.Lines.Length} lines").ToList();

    /// <summary>At most one handler per file.</summary>
    public static IReadOnlyList<string> FilesWithSeveralHandlers(IEnumerable<SourceFile> files) =>
        files.Select(f => (f.Path, Handlers: Handler().Matches(f.Text).Select(m => m.Groups["name"].Value).ToList()))
            .Where(f => f.Handlers.Count > 1)
            .Select(f => $"{f.Path}: {string.Join(", ", f.Handlers)}").ToList();

    /// <summary>The handler of <c>XCommand</c> or <c>XQuery</c> lives in <c>{Resource}/X/X.cs</c>.</summary>
    public static IReadOnlyList<string> HandlersOutsideTheirUseCaseFolder(IEnumerable<SourceFile> files) =>
        files.SelectMany(f => Handler().Matches(f.Text).Select(m => (f.Path, UseCase: m.Groups["usecase"].Value)))
            .Where(h => !h.Path.EndsWith($"/{h.UseCase}/{h.UseCase}.cs", StringComparison.Ordinal))
            .Select(h => $"{h.Path}: the handler of {h.UseCase} belongs in {h.UseCase}/{h.UseCase}.cs").ToList();

    /// <summary>
    /// A type declared in a use case's folder is used in that folder only (the module class may map its endpoint); what
    /// two slices share lives in the resource folder.
    /// </summary>
    public static IReadOnlyList<string> SliceTypesUsedElsewhere(IReadOnlyList<SourceFile> moduleFiles, string moduleFolder)
    {
        var breaks = new List<string>();
        foreach (var file in moduleFiles.Where(f => IsInUseCaseFolder(f, moduleFolder)))
        {
            foreach (var type in Declaration().Matches(file.Text).Select(m => m.Groups["name"].Value))
            {
                // The name where a type goes (new X(, X., X<, X?, X name), not a property or parameter of that name.
                var word = new Regex($@"(?<![.\w]){type}(?=\(|\.|<|>|\?|\[|\s+[A-Za-z_]\w*\s*[,;)=({{])");
                foreach (var other in moduleFiles.Where(o => o.Folder != file.Folder && word.IsMatch(o.Text)))
                {
                    var moduleClassMapsIt = type.EndsWith("Endpoint", StringComparison.Ordinal) && other.Folder == moduleFolder;
                    if (!moduleClassMapsIt)
                    {
                        breaks.Add($"{type} (declared in {file.Path}) is used by {other.Path}");
                    }
                }
            }
        }

        return breaks;
    }

    /// <summary>Endpoints map on the module's group with their full pattern: no module makes sub-groups.</summary>
    public static IReadOnlyList<string> SubGroups(IEnumerable<SourceFile> files) =>
        files.Where(f => f.Text.Contains(".MapGroup(", StringComparison.Ordinal)).Select(f => $"{f.Path}: maps a sub-group").ToList();

    /// <summary>
    /// SQL is a constant, a <c>QueryFilter</c>'s condition or a static <c>Sql(SqlFilter, SqlDialect)</c>: never put
    /// together where it is sent, where neither the T-SQL nor the SQL Server model tests can see it.
    /// </summary>
    public static IReadOnlyList<string> SqlComposedWhereItIsSent(IEnumerable<SourceFile> files) =>
        files.SelectMany(f => SqlBuiltAtTheCall().Matches(f.Text).Concat(FilterBuiltInPlace().Matches(f.Text))
                .Select(m => $"{f.Path}:{f.Text[..m.Index].Count(c => c == '\n') + 1}: {m.Value.ReplaceLineEndings(" ")}"))
            .ToList();

    /// <summary>Row ids come from <c>WriteSession.NewId()</c>, in the engine's order, never from <c>Guid</c> directly.</summary>
    public static IReadOnlyList<string> IdsNotInTheEnginesOrder(IEnumerable<SourceFile> files) =>
        files.SelectMany(f => GuidMadeDirectly().Matches(f.Text).Select(m => $"{f.Path}:{f.Text[..m.Index].Count(c => c == '\n') + 1}: {m.Value}"))
            .ToList();

    /// <summary>
    /// Writes, and the reads that decide them, go to the primary: code that writes (a command handler, a write session, a
    /// POST/PUT/PATCH/DELETE) never opens <c>ReadAsync</c>, whose connection may be a lagging replica; it reads in its write
    /// session or through <c>ReadLatestAsync</c>.
    /// </summary>
    public static IReadOnlyList<string> ReplicaReadsInWrites(IEnumerable<SourceFile> files) =>
        files.Where(f => WritingCode().IsMatch(f.Text))
            .SelectMany(f => ReplicaRead().Matches(f.Text).Select(m => $"{f.Path}:{f.Text[..m.Index].Count(c => c == '\n') + 1}: {m.Value} in code that writes"))
            .ToList();

    /// <summary>A not-found that is really a validation error is checked (a Find that answers null), not caught.</summary>
    public static IReadOnlyList<string> NotFoundCaught(IEnumerable<SourceFile> files) =>
        files.Where(f => f.Text.Contains("catch (NotFoundException", StringComparison.Ordinal)).Select(f => $"{f.Path}: catches a NotFoundException").ToList();

    /// <summary>
    /// Every operation is found from its id in one folder: the id's literal stands in <c>{UseCase}/{UseCase}Endpoint.cs</c>
    /// (status actions in their <c>Change...Status</c> use case's); histories are the module's <c>History/GetHistory</c>.
    /// </summary>
    public static IReadOnlyList<string> OperationsNotFoundByTheirId(IEnumerable<string> operationIds, IReadOnlyList<SourceFile> files)
    {
        var breaks = new List<string>();
        foreach (var id in operationIds)
        {
            var module = id[..id.IndexOf('_', StringComparison.Ordinal)];
            if (id.EndsWith("History", StringComparison.Ordinal) && id[(module.Length + 1)..].StartsWith("Get", StringComparison.Ordinal))
            {
                if (!files.Any(f => f.Path.EndsWith($"{module}/History/GetHistory/GetHistoryEndpoint.cs", StringComparison.Ordinal)))
                {
                    breaks.Add($"{id}: no {module}/History/GetHistory");
                }

                continue;
            }

            var holders = files.Where(f => f.Text.Contains($"\"{id}\"", StringComparison.Ordinal)).ToList();
            if (holders.Count != 1 || !IsEndpointOfItsFolder(holders[0]))
            {
                breaks.Add($"{id}: in {(holders.Count == 0 ? "no file" : string.Join(", ", holders.Select(h => h.Path)))}, not in one <UseCase>/<UseCase>Endpoint.cs");
            }
        }

        return breaks;
    }

    private static bool IsEndpointOfItsFolder(SourceFile file)
    {
        var folder = file.Folder[(file.Folder.LastIndexOf('/') + 1)..];
        return file.Path.EndsWith($"/{folder}/{folder}Endpoint.cs", StringComparison.Ordinal);
    }

    // {Module}/{Resource}/{UseCase}/File.cs
    private static bool IsInUseCaseFolder(SourceFile file, string moduleFolder) =>
        file.Path.StartsWith(moduleFolder + "/", StringComparison.Ordinal)
        && file.Path[(moduleFolder.Length + 1)..].Count(c => c == '/') == 2
        && !file.Path[(moduleFolder.Length + 1)..].StartsWith("Data/", StringComparison.Ordinal);

    [GeneratedRegex(@"(?:Query|Execute|Stream)\w*Async(?:<[^>(]*>)?\(\s*(?:\$@?""|@?""[^""]*""\s*\+|[\w.]+\s*\+)")]
    private static partial Regex SqlBuiltAtTheCall();

    // A Guid formatted into text (a holder's name) is no row id.
    [GeneratedRegex(@"Guid\.(?:CreateVersion7\(|NewGuid\(\)(?!:))")]
    private static partial Regex GuidMadeDirectly();

    [GeneratedRegex(@"\bICommandHandler<|\bWriteSessions?\b|\.Map(?:Post|Put|Patch|Delete)\(")]
    private static partial Regex WritingCode();

    // Opening a database's read session (a row helper's ReadAsync(session, ...) takes a session, not a token).
    [GeneratedRegex(@"\b\w+\.ReadAsync\((?:cancellationToken|ct|token)\)")]
    private static partial Regex ReplicaRead();

    [GeneratedRegex(@"new (?:Iom\.SharedKernel\.Paging\.)?SqlFilter\(\)\s*\.\s*Where|\bfilter\.Where(?:If)?\(")]
    private static partial Regex FilterBuiltInPlace();

    [GeneratedRegex(@"class (?<name>(?<usecase>\w+?)(Command|Query)Handler)\b[^{;]*?:\s*[^{;]*?\bI(Command|Query|Request)Handler<")]
    private static partial Regex Handler();

    [GeneratedRegex(@"^(?:internal|public|file)\s+(?:(?:sealed|static|abstract|partial|readonly)\s+)*(?:class|record|enum|struct|interface)\s+(?:struct\s+|class\s+)?(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
