using System.Text.Json;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Api.Tests.SharedKernel;

public sealed class AuditTrailDiffTests
{
    public sealed record Contact(Guid Id, LocalizedText Name, [property: Sensitive] string Email, string[] Tags, int Version, DateTimeOffset UpdatedAt);

    private static readonly AuditTrail Trail = new(new NobodyInParticular(), TimeProvider.System, Options.Create(new JsonOptions
    {
        SerializerOptions = { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull },
    }));

    private static readonly Contact Before = new(Guid.Empty, new LocalizedText("Press office", "Bureau de presse"), "press@example.org", ["media"], 3, DateTimeOffset.UnixEpoch);

    [Test]
    public void Diff_ListsOnlyChangedFields_WithNestedPaths_AndSkipsBookkeeping()
    {
        var after = Before with { Name = new LocalizedText("Press office", "Service de presse"), Version = 4, UpdatedAt = DateTimeOffset.UtcNow };
        var changes = Trail.Diff(Before, after);
        Assert.That(changes, Has.Count.EqualTo(1));
        Assert.That(changes[0].Field, Is.EqualTo("name.fr"));
        Assert.That(changes[0].Old!.GetValue<string>(), Is.EqualTo("Bureau de presse"));
        Assert.That(changes[0].New!.GetValue<string>(), Is.EqualTo("Service de presse"));
    }

    [Test]
    public void Diff_RedactsSensitiveFields_ButSaysTheyChanged()
    {
        var changes = Trail.Diff(Before, Before with { Email = "newsroom@example.org" });
        Assert.That(changes.Single().Field, Is.EqualTo("email"));
        Assert.That(changes.Single().Old!.GetValue<string>(), Is.EqualTo(AuditTrail.Redacted));
        Assert.That(changes.Single().New!.GetValue<string>(), Is.EqualTo(AuditTrail.Redacted));
        Assert.That(JsonSerializer.Serialize(changes), Does.Not.Contain("example.org"));
    }

    [Test]
    public void Diff_OnCreation_HasEveryFieldAsNew_ArraysWhole()
    {
        var changes = Trail.Diff(null, Before).ToDictionary(c => c.Field);
        Assert.That(changes.Keys, Is.EquivalentTo(new[] { "id", "name.en", "name.fr", "email", "tags" }));
        Assert.That(changes["tags"].New!.ToJsonString(), Is.EqualTo("[\"media\"]"));
        Assert.That(changes.Values.Select(c => c.Old), Is.All.Null);
    }

    [Test]
    public void Diff_OfIdenticalResources_IsEmpty() =>
        Assert.That(Trail.Diff(Before, Before with { Version = 9 }), Is.Empty);

    private sealed class NobodyInParticular : ICurrentUser
    {
        public string Subject => "test";

        public string? ClientId => null;

        public bool HasScope(string scope) => false;
    }
}
