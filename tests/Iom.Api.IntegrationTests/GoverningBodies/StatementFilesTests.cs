using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>A speaker's statement, one file per language: uploaded ahead or after, read whole or in part, final once delivered.</summary>
public sealed class StatementFilesTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task AStatement_HasAFilePerLanguage_ReadWholeOrByRange_AndInTheTimetable()
    {
        var (session, speaker) = await SpeakerAsync("CHE");
        var url = $"{Http.GoverningBodies}/speakers/{speaker.Id()}/statements";
        var french = DocumentFileRequests.PdfLike(4000, 21);
        await Client.UploadFileAsync($"{url}/FR/file", french);
        var both = await Client.UploadFileAsync($"{url}/en/file", DocumentFileRequests.PdfLike(3000, 22), "?fileName=Statement%20by%20Switzerland.pdf");
        Assert.Multiple(() =>
        {
            var statements = both["statements"]!.AsArray();
            Assert.That(statements.Select(s => s!.Str("language")), Is.EqualTo(new[] { "en", "fr" }), "languages in lower case, in order");
            Assert.That(statements.Select(s => s!.Str("fileName")), Is.EqualTo(new[] { "Statement by Switzerland.pdf", "Switzerland-FR.pdf" }));
            Assert.That(statements[1]!.Str("sha256"), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(french))));
            Assert.That((int)both["version"]!, Is.EqualTo(3), "each upload is a change of the speaker");
        });

        using (var whole = await Client.GetAsync($"{url}/fr/file"))
        {
            Assert.That(whole.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await whole.Content.ReadAsByteArrayAsync(), Is.EqualTo(french));
            Assert.That(whole.Headers.AcceptRanges, Does.Contain("bytes"));
        }

        using (var part = await SendAsync($"{url}/fr/file", new RangeHeaderValue(100, 199)))
        {
            Assert.That(part.StatusCode, Is.EqualTo(HttpStatusCode.PartialContent));
            Assert.That(part.Content.Headers.ContentRange!.ToString(), Is.EqualTo("bytes 100-199/4000"));
            Assert.That(await part.Content.ReadAsByteArrayAsync(), Is.EqualTo(french[100..200]));
        }

        using (var outside = await SendAsync($"{url}/fr/file", new RangeHeaderValue(5000, null)))
        {
            Assert.That(outside.StatusCode, Is.EqualTo(HttpStatusCode.RequestedRangeNotSatisfiable));
            Assert.That(outside.Content.Headers.ContentRange!.ToString(), Is.EqualTo("bytes */4000"));
            Assert.That(outside.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"), "a 416 is a problem like every other 4xx");
        }

        var timetable = await Client.GetAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/timetable").ExpectAsync(HttpStatusCode.OK);
        var listed = timetable["sittings"]![0]!["items"]![0]!["speakers"]![0]!;
        Assert.That(listed["statements"]!.AsArray().Select(s => s!.Str("language")), Is.EqualTo(new[] { "en", "fr" }));
        await Client.GetAsync($"{url}/es/file").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ADeliveredStatement_KeepsItsFiles_AWithdrawnSpeakerHasNone_AndRemovalWaitsForTheFiles()
    {
        var (_, speaker) = await SpeakerAsync("KEN");
        var speakerUrl = $"{Http.GoverningBodies}/speakers/{speaker.Id()}";
        var file = $"{speakerUrl}/statements/en/file";
        await Client.UploadFileAsync(file, DocumentFileRequests.PdfLike(1000, 31));
        var referred = await Client.DeleteAsync(speakerUrl, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(referred.Str("detail"), Does.Contain("1 statement file"));
        await Client.DeleteAsync(file, null).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
        var files = StoredFiles().Count;
        using (var removed = await Client.DeleteAsync(file, "*"))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That(StoredFiles(), Has.Count.EqualTo(files - 1), "the stored bytes go with the record");
        await Client.UploadFileAsync(file, DocumentFileRequests.PdfLike(1000, 32));
        await Client.PostJsonAsync($"{speakerUrl}/record-statement", null).ExpectAsync(HttpStatusCode.OK);
        var delivered = await Client.DeleteAsync(file, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(delivered.Str("code"), Is.EqualTo("statement-final"));
        var before = StoredFiles().Count;
        await Client.UploadFileAsync(file, DocumentFileRequests.PdfLike(1200, 33));
        Assert.That(StoredFiles(), Has.Count.EqualTo(before), "a corrected file replaces the one before");

        var (_, withdrawn) = await SpeakerAsync("MEX");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/speakers/{withdrawn.Id()}/withdraw", null).ExpectAsync(HttpStatusCode.OK);
        var none = await Client.SendAsync(DocumentFileRequests.Put($"{Http.GoverningBodies}/speakers/{withdrawn.Id()}/statements/en/file", DocumentFileRequests.PdfLike(10, 1)))
            .ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(none.Str("code"), Is.EqualTo("statement-final"));
    }

    [Test]
    public async Task BadStatementUploads_AreRefused_AndLeaveNothingBehind()
    {
        var (_, speaker) = await SpeakerAsync("NOR");
        var url = $"{Http.GoverningBodies}/speakers/{speaker.Id()}/statements";
        var files = StoredFiles().Count;
        await Client.SendAsync(DocumentFileRequests.Put($"{url}/french/file", DocumentFileRequests.PdfLike(10, 2))).ExpectFieldErrorsAsync("language");
        await Client.SendAsync(DocumentFileRequests.Put($"{url}/fr/file?fileName=a%2Fb.pdf", DocumentFileRequests.PdfLike(10, 2))).ExpectFieldErrorsAsync("fileName");
        await Client.SendAsync(DocumentFileRequests.Put($"{url}/fr/file", DocumentFileRequests.PdfLike(10, 2), ifMatch: "\"9\"")).ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        using (var text = new HttpRequestMessage(HttpMethod.Put, $"{url}/fr/file") { Content = new StringContent("plain") })
        {
            await Client.SendAsync(text).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
        }

        await Client.SendAsync(DocumentFileRequests.Put($"{Http.GoverningBodies}/speakers/{Guid.NewGuid()}/statements/fr/file", DocumentFileRequests.PdfLike(10, 2)))
            .ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.That(StoredFiles(), Has.Count.EqualTo(files));
        var unchanged = await Client.GetAsync($"{Http.GoverningBodies}/speakers/{speaker.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(((int)unchanged["version"]!, unchanged["statements"]!.AsArray().Count), Is.EqualTo((1, 0)));
    }

    private async Task<(JsonNode Session, JsonNode Speaker)> SpeakerAsync(string country)
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var item = await Client.AddAgendaItemAsync(session.Id(), "6");
        var sitting = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/sittings",
            new { number = 1, date = "2024-11-26", startTime = "10:00", endTime = "13:00", agendaItemIds = new[] { item.Id() } }).ExpectAsync(HttpStatusCode.Created);
        var speaker = await Client.PostJsonAsync($"{Http.GoverningBodies}/sittings/{sitting.Id()}/speakers", new { agendaItemId = item.Id(), onBehalfOf = new { country } })
            .ExpectAsync(HttpStatusCode.Created);
        return (session, speaker);
    }

    private Task<HttpResponseMessage> SendAsync(string url, RangeHeaderValue range)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = range;
        return Client.SendAsync(request);
    }

    private List<string> StoredFiles()
    {
        var root = Path.Combine(Factory.SqliteDirectory, "files");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToList() : [];
    }
}
