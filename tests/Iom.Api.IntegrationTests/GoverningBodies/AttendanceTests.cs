using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>
/// Who comes to a session: delegations and their credentials, registrations from pending to checked in with badge
/// numbers, personal details behind their own scope and out of the audit trail, and the list of participants.
/// </summary>
public sealed class AttendanceTests(string provider) : ApiTest(provider)
{
    private const string Email = "a.delegate@mission.example";

    private JsonNode _session = null!;
    private JsonNode _kenya = null!;
    private JsonNode _ngo = null!;

    [OneTimeSetUp]
    public async Task ASessionWithTwoDelegationsAsync()
    {
        Clock.Set(new DateTimeOffset(2024, 11, 20, 9, 0, 0, TimeSpan.Zero));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/member-states", new { country = "KEN", memberSince = "1975-01-01" }).ExpectAsync(HttpStatusCode.Created);
        var observer = await Client.PostJsonAsync($"{Http.GoverningBodies}/observers", new
        {
            kind = "ngo", name = new { en = "International Catholic Migration Commission" }, acronym = "ICMC", grantedOn = "2001-01-01",
        }).ExpectAsync(HttpStatusCode.Created);
        _session = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        var delegations = $"{Http.GoverningBodies}/sessions/{_session.Id()}/delegations";
        _kenya = await Client.PostJsonAsync(delegations, new { country = "KE" }).ExpectAsync(HttpStatusCode.Created);
        _ngo = await Client.PostJsonAsync(delegations, new { observerId = observer.Id() }).ExpectAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task Credentials_GoFromReceivedToAccepted_AndTheReportSaysWhere()
    {
        var url = $"{Http.GoverningBodies}/delegations/{_kenya.Id()}";
        await Client.PostJsonAsync($"{url}/examine-credentials", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        var received = await Client.PostJsonAsync($"{url}/receive-credentials", new { reference = "Note verbale No. 412/2024 of 18 November 2024", receivedOn = "2024-11-19" })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.That(received["credentials"]!.Str("status"), Is.EqualTo("received"));
        await Client.PostJsonAsync($"{url}/examine-credentials", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PostJsonAsync($"{url}/accept-credentials-provisionally", null).ExpectAsync(HttpStatusCode.OK);
        var report = await Client.GetAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/credentials-report").ExpectAsync(HttpStatusCode.OK);
        Assert.That(report["memberStates"]!["provisional"]!.AsArray().Select(e => e!.Str("name")), Is.EqualTo(new[] { "Kenya" }));
        Assert.That(report["observers"]!["notReceived"]!.AsArray().Select(e => e!.Str("name")), Is.EqualTo(new[] { "International Catholic Migration Commission" }));
        var accepted = await Client.PostJsonAsync($"{url}/accept-credentials", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(accepted["allowedActions"]!.AsArray(), Is.Empty);
        await Client.DeleteAsync(url, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        var duplicate = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/delegations", new { country = "KEN" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(duplicate.Str("code"), Is.EqualTo("duplicate"));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/delegations", new { country = "NOR" }).ExpectFieldErrorsAsync("country");
    }

    [Test]
    public async Task ARegistration_IsApproved_Badged_AndCheckedIn_WithBadgesNumberedPerSession()
    {
        var first = await RegisterAsync(_kenya, "representative", "Amina", "Odhiambo", head: true);
        var second = await RegisterAsync(_kenya, "alternate", "Brian", "Kamau");
        var badges = new List<string>();
        foreach (var registration in new[] { first, second })
        {
            var url = $"{Http.GoverningBodies}/registrations/{registration.Id()}";
            await Client.PostJsonAsync($"{url}/issue-badge", null).ExpectProblemAsync(HttpStatusCode.Conflict);
            await Client.PostJsonAsync($"{url}/approve", null).ExpectAsync(HttpStatusCode.OK);
            badges.Add((await Client.PostJsonAsync($"{url}/issue-badge", null).ExpectAsync(HttpStatusCode.OK)).Str("badgeNumber"));
        }

        var number = (int)_session["number"]!;
        Assert.That(badges, Is.EqualTo(new[] { $"{number}-0001", $"{number}-0002" }));
        var checkedIn = await Client.PostJsonAsync($"{Http.GoverningBodies}/registrations/{first.Id()}/check-in", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(checkedIn["checkedInAt"], Is.Not.Null);
        await Client.PostJsonAsync($"{Http.GoverningBodies}/registrations/{first.Id()}/withdraw", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        await Client.DeleteAsync($"{Http.GoverningBodies}/registrations/{second.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);

        var delegation = await Client.GetAsync($"{Http.GoverningBodies}/delegations/{_kenya.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(delegation["members"]!["head"]!.Str("familyName"), Is.EqualTo("Odhiambo"));
        Assert.That(delegation["members"]!["alternates"]!.AsArray().Select(m => m!.Str("familyName")), Is.EqualTo(new[] { "Kamau" }));
    }

    [Test]
    public async Task BadRegistrations_Are400Or409_AndARejectionNeedsAReason()
    {
        var url = $"{Http.GoverningBodies}/sessions/{_session.Id()}/registrations";
        await Client.PostJsonAsync(url, Body(_kenya.Id(), "representative", "X", "Y", document: "nominationLetter")).ExpectFieldErrorsAsync("supportingDocument.kind");
        await Client.PostJsonAsync(url, Body(_kenya.Id(), "observer", "X", "Y")).ExpectFieldErrorsAsync("role");
        var noDelegation = await Client.PostJsonAsync(url, Body(null, "representative", "X", "Y")).ExpectFieldErrorsAsync("role");
        Assert.That(noDelegation.ToJsonString(), Does.Contain("give delegationId"));
        await Client.PostJsonAsync(url, Body(_kenya.Id(), "adviser", "X", "Y", head: true)).ExpectFieldErrorsAsync("headOfDelegation");
        await Client.PostJsonAsync(url, Body(_ngo.Id(), "observer", "X", "Y", email: "not-an-address")).ExpectFieldErrorsAsync("personalDetails.email");
        var other = await Client.ScheduleSessionAsync(Unique());
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{other.Id()}/registrations", Body(_kenya.Id(), "representative", "X", "Y")).ExpectFieldErrorsAsync("delegationId");

        var head = await RegisterAsync(_ngo, "observer", "Clara", "Rossi", head: true);
        var second = await Client.PostJsonAsync(url, Body(_ngo.Id(), "observer", "Dario", "Bianchi", head: true)).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(second.Str("code"), Is.EqualTo("head-designated"));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/registrations/{head.Id()}/reject", new { }).ExpectFieldErrorsAsync("reason");
        var rejected = await Client.PostJsonAsync($"{Http.GoverningBodies}/registrations/{head.Id()}/reject", new { reason = "The nomination letter names someone else." })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.That(rejected.Str("decisionReason"), Does.Contain("names someone else"));
        await RegisterAsync(_ngo, "observer", "Dario", "Bianchi", head: true);
    }

    [Test]
    public async Task PersonalDetails_AreReadOnlyWithTheirScope_AndNeverKeptInTheHistory()
    {
        var registration = await RegisterAsync(_kenya, "adviser", "Grace", "Wanjiru");
        Assert.That(registration["personalDetails"], Is.Null, "the default client has no personal-data scope");
        using var secretariat = ClientWith([.. TestTokens.GoverningBodiesAll, "governing-bodies:personal-data"], subject: "accreditation-desk");
        var read = await secretariat.GetAsync($"{Http.GoverningBodies}/registrations/{registration.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(read["personalDetails"]!.Str("email"), Is.EqualTo(Email));
        Assert.That(read["personalDetails"]!.Str("nationality"), Is.EqualTo("KEN"));
        await secretariat.PatchJsonAsync($"{Http.GoverningBodies}/registrations/{registration.Id()}", """{"personalDetails":{"phone":"+254 20 123 4567"}}""")
            .ExpectAsync(HttpStatusCode.OK);
        var listed = await Client.GetAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/registrations?limit=200").ExpectAsync(HttpStatusCode.OK);
        Assert.That(listed["items"]!.AsArray().All(r => r!["personalDetails"] is null), Is.True);

        var history = await secretariat.GetAsync($"{Http.GoverningBodies}/registrations/{registration.Id()}/history").ExpectAsync(HttpStatusCode.OK);
        var text = history.ToJsonString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(Email).And.Not.Contain("123 4567").And.Not.Contain("P1234567"));
            Assert.That(text, Does.Contain("personalDetails.email").And.Contain("[redacted]"));
            Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "update" }));
        });
    }

    [Test]
    public async Task TheListOfParticipants_GroupsTheAccredited_AsJsonAndAsCsv()
    {
        var session = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        var kenya = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/delegations", new { country = "KEN" }).ExpectAsync(HttpStatusCode.Created);
        var accredited = await RegisterAsync(kenya, "representative", "Amina", "Odhiambo, Jr.", head: true, sessionId: session.Id());
        await RegisterAsync(kenya, "adviser", "Pending", "Person", sessionId: session.Id());
        var press = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/registrations", new
        {
            role = "press", givenName = "Lena", familyName = "Keller", organization = "Swiss Broadcasting", supportingDocument = new { kind = "mediaAccreditation", reference = "MA-2024-17" },
        }).ExpectAsync(HttpStatusCode.Created);
        foreach (var id in new[] { accredited.Id(), press.Id() })
        {
            await Client.PostJsonAsync($"{Http.GoverningBodies}/registrations/{id}/approve", null).ExpectAsync(HttpStatusCode.OK);
        }

        var url = $"{Http.GoverningBodies}/sessions/{session.Id()}/participants";
        var list = await Client.GetAsync(url).ExpectAsync(HttpStatusCode.OK);
        Assert.That(list["groups"]!.AsArray().Select(g => g!.Str("group")), Is.EqualTo(new[] { "memberStates", "press" }));
        Assert.That(list["groups"]![0]!["delegations"]![0]!["participants"]!.AsArray().Select(p => p!.Str("familyName")), Is.EqualTo(new[] { "Odhiambo, Jr." }), "pending registrations are not on it");
        Assert.That(list.ToJsonString(), Does.Not.Contain(Email));

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await Client.SendAsync(request);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Headers.Vary, Does.Contain("Accept"));
        var (records, violation) = Rfc4180.Read(await response.Content.ReadAsStringAsync());
        Assert.That(violation, Is.Null);
        Assert.That(records[0], Is.EqualTo(new[] { "group", "delegation", "country", "role", "head_of_delegation", "honorific", "given_name", "family_name", "job_title" }));
        Assert.That(records.Skip(1).Select(r => (r[0], r[1], r[7])), Is.EqualTo(new[] { ("memberStates", "Kenya", "Odhiambo, Jr."), ("press", "Swiss Broadcasting", "Keller") }));
        await Client.GetAsync($"{url}?format=pdf").ExpectFieldErrorsAsync("format");
    }

    private async Task<JsonNode> RegisterAsync(JsonNode delegation, string role, string given, string family, bool head = false, string? sessionId = null) =>
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{sessionId ?? _session.Id()}/registrations", Body(delegation.Id(), role, given, family, head: head))
            .ExpectAsync(HttpStatusCode.Created);

    private object Body(string? delegationId, string role, string given, string family, bool head = false, string? document = null, string email = Email) => new
    {
        delegationId,
        role,
        headOfDelegation = head,
        honorific = "Ms",
        givenName = given,
        familyName = family,
        jobTitle = "Counsellor, Permanent Mission",
        personalDetails = new { email, nationality = "KE", dateOfBirth = "1980-05-04", identityDocument = "P1234567" },
        supportingDocument = new { kind = document ?? (delegationId == _ngo.Id() ? "nominationLetter" : "noteVerbale"), reference = "NV 412/2024" },
    };
}
