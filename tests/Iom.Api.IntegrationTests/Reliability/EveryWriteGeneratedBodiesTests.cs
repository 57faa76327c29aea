using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Iom.Api.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Iom.Api.IntegrationTests.Reliability;

/// <summary>
/// Property, for every POST and PATCH with a JSON body of every module, bodies built from the operation's own schema in
/// the OpenAPI document with hostile values (NUL and other controls, bidi overrides, half surrogate pairs, huge
/// numbers, impossible and out-of-range dates, long text, wrong types): never a 5xx, every 4xx a problem document,
/// and (on SQLite, where the test reads the module's audit trail) a rejected request leaves no audit entry, so no write.
/// </summary>
public sealed partial class EveryWriteGeneratedBodiesTests(string provider) : ApiTest(provider)
{
    private const int SamplesPerOperation = 40;

    [Test]
    public async Task EveryWriteOperation_NeverAnswers5xx_AndARejectedBodyWritesNothing()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        var schemas = document["components"]!["schemas"]!.AsObject();
        using var client = ClientWith(TestTokens.AllScopes);
        var ids = await SeedAsync(client);
        var operations = 0;
        var statuses = new Dictionary<int, int>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var content = operation!["requestBody"]?["content"]?.AsObject().FirstOrDefault(c => c.Key.Contains("json", StringComparison.Ordinal));
                if (method is not ("post" or "patch") || content?.Value?["schema"] is not { } schema)
                {
                    continue;
                }

                operations++;
                var url = Url(path, ids);
                var module = path.Split('/')[3].Replace('-', '_');
                var bodies = Gen.Frequency(
                    (5, Gen.Int.Select(seed => HostileBodies.Body(schema, schemas, new Random(seed)))),
                    (1, Gen.Int[0, HostileBodies.HostileText.Length - 1].Select(i => $"{{\"{HostileBodies.FirstField(schema, schemas)}\":\"{HostileBodies.HostileText[i]}\"}}")),
                    (1, Gen.Int[0, HostileBodies.Numbers.Length - 1].Select(i => $"{{\"{HostileBodies.FirstField(schema, schemas)}\":{HostileBodies.Numbers[i]}}}")));
                await Check.SampleAsync(bodies, async body =>
                {
                    var before = await AuditCountAsync(module);
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = new StringContent(body, Encoding.UTF8, content.Value.Key) };
                    request.Headers.TryAddWithoutValidation("If-Match", "*");
                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    Assert.That(status, Is.LessThan(500), () => $"{method.ToUpperInvariant()} {path} {body} -> {status} {response.Content.ReadAsStringAsync().Result}");
                    if (status >= 400)
                    {
                        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{method} {path} {body}");
                        Assert.That(await AuditCountAsync(module), Is.EqualTo(before), $"{method} {path} {body} -> {status} wrote something");
                    }
                }, iter: SamplesPerOperation, threads: 1);
            }
        }

        TestContext.Out.WriteLine("Answers: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.That(operations, Is.GreaterThanOrEqualTo(50), "every POST and PATCH with a JSON body");
        Assert.That(statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value), Is.GreaterThan(0), "some generated bodies were accepted");
        Assert.That(statuses.GetValueOrDefault(400), Is.GreaterThan(statuses.GetValueOrDefault(404)), "most bodies reach validation, not a missing resource");
    }

    /// <summary>Resources to aim at, so that PATCHes and actions reach their merge and validation, not a 404.</summary>
    private async Task<Dictionary<string, string>> SeedAsync(HttpClient client)
    {
        var session = await client.ScheduleSessionAsync(Unique());
        var item = await client.AddAgendaItemAsync(session.Id(), "1");
        var document = await client.RegisterDocumentAsync($"C/{session["number"]}/1");
        var work = await client.CreateWorkAsync($"W-{Unique()}");
        var (datasetId, _) = await client.CreateDatasetAsync($"GEN{Unique()}");
        var edition = await client.CreateEditionAsync(datasetId, "2024", "2024-01-01");
        return new Dictionary<string, string>
        {
            ["/governing-bodies/sessions/"] = session.Id(),
            ["/governing-bodies/agenda-items/"] = item.Id(),
            ["/governing-bodies/documents/"] = document.Id(),
            ["/research/works/"] = work.Id(),
            ["/migration-data/datasets/"] = datasetId,
            ["/migration-data/editions/"] = edition.Id(),
        };
    }

    private static string Url(string path, Dictionary<string, string> ids)
    {
        var url = path.Replace("{year}", "2024", StringComparison.Ordinal).Replace("{code}", "X.CODE", StringComparison.Ordinal)
            .Replace("{language}", "fr", StringComparison.Ordinal);
        foreach (var (prefix, id) in ids)
        {
            var at = url.IndexOf(prefix + "{", StringComparison.Ordinal);
            if (at >= 0)
            {
                url = url[..(at + prefix.Length)] + id + url[url.IndexOf('}', at)..][1..];
            }
        }

        return PathParameter().Replace(url, Guid.NewGuid().ToString());
    }

    private async Task<long> AuditCountAsync(string module)
    {
        if (Factory.Provider != "Sqlite")
        {
            return 0;
        }

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Factory.SqliteDirectory, module + ".db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM audit_entries";
        return Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
