using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Contract;

/// <summary>
/// The check every test client runs on 2xx answers (<see cref="ContractCheck"/>) catches each kind of disagreement
/// between the server and its document: planted here by tampering with real answers on their way back.
/// </summary>
public sealed class ContractCheckTests(string provider) : ApiTest(provider)
{
    private string _session = string.Empty;

    [OneTimeSetUp]
    public async Task ScheduleASessionAsync() => _session = $"{Http.GoverningBodies}/sessions/{(await Client.ScheduleSessionAsync(Unique())).Id()}";

    [Test]
    public async Task AnUntamperedAnswer_Passes()
    {
        using var client = Tampered(_ => { });
        using var response = await client.GetAsync(_session);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void AMissingRequiredHeader_FailsTheRequest()
    {
        using var client = Tampered(r => r.Headers.ETag = null);
        var failure = Assert.ThrowsAsync<AssertionException>(() => client.GetAsync(_session));
        Assert.That(failure!.Message, Does.Contain("required header ETag not sent"));
    }

    [Test]
    public void AnUndeclaredHeader_FailsTheRequest()
    {
        using var client = Tampered(r => r.Headers.TryAddWithoutValidation("ETag", "\"1\""));
        var failure = Assert.ThrowsAsync<AssertionException>(() => client.GetAsync($"{Http.GoverningBodies}/bodies"));
        Assert.That(failure!.Message, Does.Contain("header ETag sent but not declared"));
    }

    [Test]
    public void ABodyAgainstItsSchema_FailsTheRequest()
    {
        using var client = Tampered(r => r.Content = new StringContent("""{"id":"not-a-uuid","number":"one"}""", System.Text.Encoding.UTF8, "application/json"));
        var failure = Assert.ThrowsAsync<AssertionException>(() => client.GetAsync(_session));
        Assert.That(failure!.Message, Does.Contain("GoverningBodies_GetSession").And.Contain("PropertyRequired"));
    }

    [Test]
    public void AnUndocumentedStatus_FailsTheRequest()
    {
        using var client = Tampered(r => r.StatusCode = HttpStatusCode.PartialContent);
        var failure = Assert.ThrowsAsync<AssertionException>(() => client.GetAsync(_session));
        Assert.That(failure!.Message, Does.Contain("status 206 is not documented"));
    }

    private HttpClient Tampered(Action<HttpResponseMessage> tamper)
    {
        var check = new ContractCheck(() => Factory.CreateClient()) { InnerHandler = new Tamper(Factory.Server.CreateHandler(), tamper) };
        var client = new HttpClient(check) { BaseAddress = new Uri("http://localhost") };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create("contract", TestTokens.AllScopes));
        return client;
    }

    private sealed class Tamper(HttpMessageHandler server, Action<HttpResponseMessage> tamper) : DelegatingHandler(server)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            tamper(response);
            return response;
        }
    }
}
