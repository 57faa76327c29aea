using Iom.Api.Client;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Clients;

/// <summary>
/// What a partner system does with the C# client generated from api-spec/ (clients/dotnet): the same Governing Bodies
/// walk as the TypeScript end-to-end script, against the in-process host.
/// </summary>
public sealed class DotnetClientTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task GeneratedClient_WalksTheGoverningBodiesUseCase()
    {
        var client = new GoverningBodiesClient(Client);
        var number = Unique();
        var session = await client.ScheduleSessionAsync(
            new ScheduleSessionCommand
            {
                Body = "council",
                Kind = SessionKind.Regular,
                Number = number,
                Title = new LocalizedText { En = $"{number}th Session of the Council" },
                StartDate = new DateOnly(2030, 11, 26),
                EndDate = new DateOnly(2030, 11, 28),
                Venue = "Geneva",
                Format = SessionFormat.Hybrid,
            },
            idempotency_Key: Guid.NewGuid().ToString());
        Assert.That(session.Status, Is.EqualTo(SessionStatus.Planned));
        Assert.That(session.Notice.RequiredDays, Is.EqualTo(30));

        var item = await client.AddAgendaItemAsync(session.Id, new AddAgendaItemRequest { Number = "9", Title = new LocalizedText { En = "Programme and Budget" } });
        Assert.That(item.Status, Is.EqualTo(AgendaItemStatus.Proposed));

        var document = await client.RegisterDocumentAsync(new RegisterDocumentCommand
        {
            Symbol = $"c/{number}/7",
            Type = DocumentType.ProgrammeAndBudget,
            Distribution = Distribution.General,
            OriginalLanguage = "en",
            Title = new LocalizedText { En = "Programme and Budget for 2031" },
            AgendaItemIds = [item.Id],
        });
        Assert.That(document.Symbol, Is.EqualTo($"C/{number}/7"));
        Assert.That(document.SessionId, Is.EqualTo(session.Id));

        var job = await client.RequestTranslationAsync(document.Id, new RequestTranslationRequest { TargetLanguage = "fr", DueOn = new DateOnly(2030, 10, 20), WordCount = 4200 });
        Assert.That(job.Status, Is.EqualTo(TranslationJobStatus.Requested));

        var backlog = await client.ListTranslationBacklogAsync(language: "fr", limit: 200);
        Assert.That(backlog.Items.Select(j => j.Id), Does.Contain(job.Id));

        // A merge patch from the generated client names only what it sets: the fields left unset are not sent as nulls.
        var moved = await client.UpdateSessionAsync(session.Id, $"\"{session.Version}\"", new SessionPatch { Venue = "New York" });
        Assert.That((moved.Venue, moved.Title.En, moved.Version), Is.EqualTo(("New York", session.Title.En, session.Version + 1)));

        var mistaken = await client.ScheduleSessionAsync(
            new ScheduleSessionCommand
            {
                Body = "council", Kind = SessionKind.Special, Number = number, Title = new LocalizedText { En = "Scheduled by mistake" },
                StartDate = new DateOnly(2030, 12, 1), EndDate = new DateOnly(2030, 12, 1), Venue = "Geneva", Format = SessionFormat.InPerson,
            },
            idempotency_Key: Guid.NewGuid().ToString());
        await client.DeleteSessionAsync(mistaken.Id, $"\"{mistaken.Version}\"");
        var history = await client.GetSessionHistoryAsync(mistaken.Id);
        Assert.That(history.Items.Last().Action, Is.EqualTo("delete"));

        var missing = Assert.ThrowsAsync<ApiException<ProblemDetails>>(() => client.GetSessionAsync(Guid.NewGuid()));
        Assert.That(missing!.StatusCode, Is.EqualTo(404));
    }
}
