using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Contract;

/// <summary>
/// Records people can correct, held the same way everywhere: every PATCH and DELETE the document lists requires
/// If-Match (428 without it, before anything else is looked at) and declares it required.
/// </summary>
public sealed class CorrectionsTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task EveryPatchAndDelete_RequiresIfMatch_AndSaysSo()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        using var client = ClientWith(TestTokens.AllScopes);
        var checkedOperations = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Key is "patch" or "delete"))
            {
                var ifMatch = operation!["parameters"]?.AsArray().SingleOrDefault(p => p!["name"]!.GetValue<string>() == "If-Match");
                Assert.That(ifMatch?["required"]?.GetValue<bool>(), Is.True, $"{method} {path} declares If-Match required");
                Assert.That(operation["responses"]!["428"], Is.Not.Null, $"{method} {path} documents 428");
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), SchemaBodies.Url(path));
                if (method == "patch")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/merge-patch+json");
                }

                await client.SendAsync(request).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
                checkedOperations.Add($"{method} {path}");
            }
        }

        Assert.That(checkedOperations, Has.Count.GreaterThanOrEqualTo(2));
        TestContext.Out.WriteLine($"PATCH and DELETE operations: {checkedOperations.Count}");
    }
}
