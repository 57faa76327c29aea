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

        Assert.That(document.Status, Is.EqualTo(DocumentStatus.Draft));

        // The author uploads the original and submits it; once edited, it is final and can be translated.
        using (var original = new MemoryStream("%PDF-1.7\n% Programme and Budget for 2031\n"u8.ToArray()))
        {
            await client.AttachFileAsync(document.Id, "en", new FileParameter(original, "original.pdf", "application/pdf"));
        }

        var submitted = await client.SubmitDocumentAsync(document.Id);
        Assert.That(submitted.JobNumber, Does.Match(@"^\d{2}-\d{5}$"));
        var edited = await client.FinishEditingDocumentAsync(document.Id);
        Assert.That(edited.Languages.Single(l => l.Language == "en").Status, Is.EqualTo(LanguageVersionStatus.Final));

        var job = await client.RequestTranslationAsync(document.Id, new RequestTranslationRequest { TargetLanguage = "fr", DueOn = new DateOnly(2030, 10, 20), WordCount = 4200 });
        Assert.That(job.Status, Is.EqualTo(TranslationJobStatus.Requested));
        Assert.That(job.JobNumber, Is.EqualTo(submitted.JobNumber![3..] + "F"));

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

    [Test]
    public async Task GeneratedClient_SchedulesASitting_ReadsTheTimetable_AndRegistersADelegate()
    {
        var client = new GoverningBodiesClient(Client);
        var number = Unique();
        var session = await client.ScheduleSessionAsync(new ScheduleSessionCommand
        {
            Body = "council", Kind = SessionKind.Regular, Number = number, Title = new LocalizedText { En = $"{number}th Session of the Council" },
            StartDate = new DateOnly(2030, 11, 26), EndDate = new DateOnly(2030, 11, 28), Venue = "Geneva", Format = SessionFormat.Hybrid,
        });
        var item = await client.AddAgendaItemAsync(session.Id, new AddAgendaItemRequest { Number = "6", Title = new LocalizedText { En = "Report of the Director General" } });
        var sitting = await client.ScheduleSittingAsync(session.Id, new ScheduleSittingRequest
        {
            Number = 1, Date = new DateOnly(2030, 11, 26), StartTime = "10:00:00", EndTime = "13:00:00", Room = "Plenary hall", AgendaItemIds = [item.Id],
        });
        Assert.That(sitting.TimeZone, Is.EqualTo("Europe/Zurich"));
        var timetable = await client.GetTimetableAsync(session.Id);
        Assert.That(timetable.Sittings.Single().Sitting.StartsAt, Is.EqualTo(new DateTimeOffset(2030, 11, 26, 9, 0, 0, TimeSpan.Zero)));
        Assert.That(timetable.Sittings.Single().Items.Single().Item.Number, Is.EqualTo("6"));

        await client.AdmitMemberStateAsync(new AdmitMemberStateCommand { Country = "KEN", MemberSince = new DateOnly(1975, 1, 1) });
        var delegation = await client.FormDelegationAsync(session.Id, new FormDelegationRequest { Country = "KE" });
        var registration = await client.RegisterAsync(session.Id, new RegisterRequest
        {
            DelegationId = delegation.Id, Role = RegistrationRole.Representative, HeadOfDelegation = true, GivenName = "Amina", FamilyName = "Odhiambo",
            JobTitle = "Permanent Representative", SupportingDocument = new SupportingDocument { Kind = SupportingDocumentKind.NoteVerbale, Reference = "NV 412/2030" },
        });
        Assert.That(registration.Status, Is.EqualTo(RegistrationStatus.Pending));
        var approved = await client.ApproveRegistrationAsync(registration.Id, if_Match: $"\"{registration.Version}\"");
        Assert.That(approved.Status, Is.EqualTo(RegistrationStatus.Approved));
        var participants = await client.GetParticipantsAsync(session.Id);
        Assert.That(participants.Groups.Single().Delegations.Single().Participants.Single().FamilyName, Is.EqualTo("Odhiambo"));
    }
}
