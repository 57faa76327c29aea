using Iom.Modules.GoverningBodies.Documents;
using Iom.Modules.GoverningBodies.Resolutions;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Text;

namespace Iom.Api.Tests.GoverningBodies;

public sealed class ValidatorTests
{
    private static readonly ScheduleSessionCommand ValidSession = new(
        "council", SessionKind.Regular, 115, null, new LocalizedText("115th Session"), null,
        new DateOnly(2024, 11, 26), new DateOnly(2024, 11, 28), "Geneva", SessionFormat.Hybrid);

    [Test]
    public void ScheduleSession_AcceptsAValidCommand() =>
        Assert.That(new ScheduleSessionCommandValidator().Validate(ValidSession).IsValid, Is.True);

    [Test]
    public void ScheduleSession_NamesEveryBadField()
    {
        var command = ValidSession with
        {
            Kind = null,
            Number = 0,
            Title = new LocalizedText(),
            EndDate = new DateOnly(2024, 11, 1),
            Venue = new string('x', 201),
            Format = null,
            SymbolPrefix = "C/115/4",
        };
        var failed = new ScheduleSessionCommandValidator().Validate(command).Errors.Select(e => e.PropertyName).Distinct();
        Assert.That(failed, Is.EquivalentTo(new[] { "Kind", "Number", "Title", "EndDate", "Venue", "Format", "SymbolPrefix" }));
    }

    [Test]
    public void ScheduleSession_WithoutAnEndDate_IsAFieldError_NotACrash()
    {
        var result = new ScheduleSessionCommandValidator().Validate(ValidSession with { EndDate = null });
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "EndDate" }));
    }

    [Test]
    public void ScheduleSession_RefusesASessionLongerThanAMonth()
    {
        var result = new ScheduleSessionCommandValidator().Validate(ValidSession with { EndDate = new DateOnly(2024, 12, 31) });
        Assert.That(result.Errors.Select(e => e.PropertyName), Does.Contain("EndDate"));
    }

    [Test]
    public void RegisterDocument_ChecksSymbolAndLanguageCodes()
    {
        var command = new RegisterDocumentCommand("C/115/X", DocumentType.Report, Distribution.General, "english", new LocalizedText("t"), null, null, ["fr", "xx"]);
        var failed = new RegisterDocumentCommandValidator().Validate(command).Errors.Select(e => e.PropertyName).Distinct();
        Assert.That(failed, Is.EquivalentTo(new[] { "Symbol", "OriginalLanguage", "Languages[1]" }));
    }

    [TestCase("Consensus", null, null, null, true)]
    [TestCase("Consensus", 10, 0, 0, false)]
    [TestCase("Vote", 100, 3, 5, true)]
    [TestCase("Vote", 100, null, 5, false)]
    [TestCase("Vote", 3, 100, 5, false)]
    [TestCase("Vote", -1, 0, 0, false)]
    public void RecordResolution_VoteCountsGoWithVotesOnly(string method, int? votesFor, int? against, int? abstentions, bool valid)
    {
        var command = new RecordResolutionCommand(1412, Guid.NewGuid(), null, new LocalizedText("P&B"), new DateOnly(2024, 11, 27),
            new Adoption(Enum.Parse<AdoptionMethod>(method), votesFor, against, abstentions));
        Assert.That(new RecordResolutionCommandValidator(TimeProvider.System).Validate(command).IsValid, Is.EqualTo(valid));
    }
}
