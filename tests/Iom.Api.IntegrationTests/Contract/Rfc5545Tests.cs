using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Contract;

/// <summary>The RFC 5545 rules the calendar tests apply: a good calendar passes, and each planted break is caught.</summary>
public sealed class Rfc5545Tests
{
    private const string Good =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//IOM//Test//EN\r\nBEGIN:VEVENT\r\nUID:1@test\r\nDTSTAMP:20240101T090000Z\r\n"
        + "DTSTART;VALUE=DATE:20241126\r\nDTEND;VALUE=DATE:20241129\r\nSUMMARY:Council\\, 115th session\r\n DESCRIPTION CONTINUED\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private const string Zoned =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//IOM//Test//EN\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\nBEGIN:STANDARD\r\n"
        + "DTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:2@test\r\n"
        + "DTSTAMP:20240101T090000Z\r\nDTSTART;TZID=Europe/Zurich:20241126T100000\r\nDTEND;TZID=Europe/Zurich:20241126T130000\r\nCLASS:PUBLIC\r\n"
        + "END:VEVENT\r\nEND:VCALENDAR\r\n";

    [Test]
    public void AGoodCalendar_KeepsEveryRule() => Assert.Multiple(() =>
    {
        Assert.That(Rfc5545.Violations(Good), Is.Empty);
        Assert.That(Rfc5545.Violations(Zoned), Is.Empty);
    });

    [TestCase("TZID:Europe/Zurich\r\n", "TZID:Europe/Paris\r\n", "no VTIMEZONE defines it")]
    [TestCase("DTEND;TZID=Europe/Zurich:20241126T130000", "DTEND;TZID=Europe/Zurich:20241126T120000Z", "TZID on a time in UTC")]
    [TestCase("BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n", "", "at least one STANDARD or DAYLIGHT")]
    [TestCase("CLASS:PUBLIC", "CLASS:OPEN", "CLASS")]
    public void APlantedBreakInATimedEvent_IsCaught(string from, string to, string expected) =>
        Assert.That(Rfc5545.Violations(Zoned.Replace(from, to, StringComparison.Ordinal)), Has.Some.Contains(expected));

    [TestCase("\r\nDTSTAMP:20240101T090000Z", "\nDTSTAMP:20240101T090000Z", "CRLF")]
    [TestCase("UID:1@test\r\n", "", "exactly one UID")]
    [TestCase("DTSTAMP:20240101T090000Z", "DTSTAMP:20240101T090000", "in UTC")]
    [TestCase("DTEND;VALUE=DATE:20241129", "DTEND;VALUE=DATE:20241120", "not after DTSTART")]
    [TestCase("DTEND;VALUE=DATE:20241129", "DTEND:20241129T100000Z", "different value types")]
    [TestCase("STATUS:CONFIRMED", "STATUS:POSTPONED", "STATUS")]
    [TestCase("VERSION:2.0\r\n", "", "VERSION:2.0")]
    [TestCase("END:VEVENT\r\n", "", "never closed")]
    [TestCase("SUMMARY:Council\\, 115th session", "SUMMARY:Council of the International Organization for Migration\\, one hundred and fifteenth session", "75 octets")]
    public void APlantedBreak_IsCaught(string from, string to, string expected) =>
        Assert.That(Rfc5545.Violations(Good.Replace(from, to, StringComparison.Ordinal)), Has.Some.Contains(expected));
}
