using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Iom.Api.Host;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Platform;

/// <summary>The served OpenAPI document: what clients are generated from. It must match the committed api-spec/.</summary>
public sealed partial class OpenApiDocumentTests(string provider) : ApiTest(provider)
{
    public const string RefreshCommand = "UPDATE_API_SPEC=1 dotnet test tests/Iom.Api.IntegrationTests --filter FullyQualifiedName~OpenApiDocumentTests";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Test]
    public async Task ServedDocument_MatchesTheCommittedSpec()
    {
        var served = Normalise(await Client.GetStringAsync("/swagger/v1/swagger.json"));
        var path = Path.Combine(RepositoryRoot(), "api-spec", "openapi.v1.json");
        if (Environment.GetEnvironmentVariable("UPDATE_API_SPEC") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        var committed = File.Exists(path) ? Normalise(await File.ReadAllTextAsync(path)) : "(missing)";
        Assert.That(served, Is.EqualTo(committed), $"api-spec/openapi.v1.json differs from what the host serves. Refresh it with:\n  {RefreshCommand}\nthen review and commit the diff.");
    }

    [Test]
    public async Task EveryOperation_HasAModuleQualifiedIdASummaryAndProblemResponses()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToList();
        Assert.That(operations, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (path, method, operation) in operations)
            {
                var where = $"{method.ToUpperInvariant()} {path}";
                Assert.That(operation["operationId"]?.GetValue<string>(), Does.Match(OperationId()), where);
                Assert.That(operation["summary"]?.GetValue<string>(), Is.Not.Empty, where);
                var segment = path.Split('/')[3];
                var expectedTag = segment == "operations" ? "Operations" : ModuleCatalog.All.Single(m => m.Name == segment).DisplayName;
                Assert.That(operation["tags"]!.AsArray().Select(t => t!.GetValue<string>()), Is.EqualTo(new[] { expectedTag }), where);
                Assert.That(operation["operationId"]!.GetValue<string>(), Does.StartWith(expectedTag + "_"), where);
                var responses = operation["responses"]!.AsObject();
                Assert.That(responses.Any(r => r.Key.StartsWith('2')), Is.True, $"{where} has a success response");
                Assert.That(responses["500"]?["content"]?["application/problem+json"], Is.Not.Null, $"{where} documents its 500");
                foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4')))
                {
                    Assert.That(response!["content"]?["application/problem+json"], Is.Not.Null, $"{where} {status} is a problem");
                }

                if (IdParameter().IsMatch(path))
                {
                    Assert.That(responses.ContainsKey("404"), Is.True, $"{where} documents its 404");
                }
            }
        });
        var ids = operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).ToList();
        Assert.That(ids, Is.Unique);
    }

    [Test]
    public async Task Document_DescribesTheApiForGeneratedClients()
    {
        var document = await DocumentAsync();
        Assert.Multiple(() =>
        {
            Assert.That(document["info"]!["contact"], Is.Not.Null);
            Assert.That(document["info"]!["license"], Is.Not.Null);
            Assert.That(document["servers"]!.AsArray(), Is.Not.Empty);
            Assert.That(document["tags"]!.AsArray().Select(t => t!["description"]?.GetValue<string>()), Is.All.Not.Empty);
            Assert.That(document["paths"]!.AsObject().Select(p => p.Key), Is.All.Match("^/api/v1/(governing-bodies|research|migration-data|donor-relations|operations)/"));
            var schemas = document["components"]!["schemas"]!.AsObject();
            Assert.That(schemas.Select(s => s.Key).Where(k => k.Contains("Details", StringComparison.Ordinal) && !k.Contains("Problem", StringComparison.Ordinal)), Is.All.Match(@"^(GoverningBodies|Research|MigrationData|DonorRelations)\."));
            var session = schemas["GoverningBodies.SessionDetails"]!;
            Assert.That(session["required"]!.AsArray().Select(r => r!.GetValue<string>()), Is.SupersetOf(new[] { "id", "title", "status", "version" }));
            Assert.That(schemas["GoverningBodies.SessionStatus"]!["enum"]!.AsArray().Select(e => e!.GetValue<string>()), Does.Contain("noticeSent"));
        });
    }

    private async Task<JsonNode> DocumentAsync() =>
        await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from method in Methods
        let operation = path.Value![method]
        where operation is not null
        select (path.Key, method, operation);

    private static string Normalise(string json) =>
        JsonSerializer.Serialize(JsonNode.Parse(json), Indented).ReplaceLineEndings("\n") + "\n";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Iom.Api.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Iom.Api.sln not found above the test binaries.");
    }

    [GeneratedRegex("^(GoverningBodies|Research|MigrationData|DonorRelations|Operations)_[A-Z][A-Za-z]+$")]
    private static partial Regex OperationId();

    [GeneratedRegex(@"\{(id|\w+Id)\}")]
    private static partial Regex IdParameter();
}
