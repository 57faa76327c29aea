using System.Text;
using System.Text.RegularExpressions;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The rules of RFC 5545 (iCalendar) a feed must keep, checked one by one, since Ical.Net's reader forgives most of them:
/// CRLF line ends and lines folded at 75 octets (3.1), content lines of name, parameters and value (3.1), components
/// opened and closed in order (3.4, 3.6), one VERSION:2.0 and one PRODID per calendar (3.7), and each VEVENT with one
/// UID, one DTSTAMP and one DTSTART, DTEND after DTSTART and of its value type, no DTEND with DURATION, a STATUS of
/// the event's values, and UIDs unique (3.6.1, 3.8); a VTIMEZONE, with a TZID and an observance, for each TZID a
/// property names, and no TZID on a time in UTC (3.2.19, 3.3.5, 3.6.5); CLASS one of its values (3.8.1.3).
/// </summary>
public static partial class Rfc5545
{
    public static List<string> Violations(string text)
    {
        var problems = new List<string>();
        if (BareLineBreak().IsMatch(text) || !text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            problems.Add("lines must end with CRLF");
        }

        var physical = text.Split("\r\n");
        problems.AddRange(physical.Select((l, i) => (l, i)).Where(p => Encoding.UTF8.GetByteCount(p.l) > 75).Select(p => $"line {p.i + 1} is longer than 75 octets"));
        var lines = Unfold(physical);
        var stack = new Stack<(string Name, Dictionary<string, List<string>> Properties)>();
        var uids = new HashSet<string>();
        var zonesNamed = new HashSet<string>(StringComparer.Ordinal);
        var zonesDefined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
        {
            var match = ContentLine().Match(line);
            if (!match.Success)
            {
                problems.Add($"content line {number} is not name[;param]:value: '{line}'");
                continue;
            }

            var name = match.Groups["name"].Value.ToUpperInvariant();
            var value = match.Groups["value"].Value;
            if (name == "BEGIN")
            {
                if (stack.Count == 0 && value != "VCALENDAR")
                {
                    problems.Add($"the first component is {value}, not VCALENDAR");
                }

                stack.Push((value, new Dictionary<string, List<string>>()));
            }
            else if (name == "END")
            {
                if (stack.Count == 0 || stack.Peek().Name != value)
                {
                    problems.Add($"END:{value} closes {(stack.Count == 0 ? "nothing" : stack.Peek().Name)}");
                    continue;
                }

                var (component, properties) = stack.Pop();
                problems.AddRange(Check(component, properties, uids));
                if (component is "STANDARD" or "DAYLIGHT" && stack.Count > 0)
                {
                    stack.Peek().Properties.TryAdd(Observance, []);
                    stack.Peek().Properties[Observance].Add(component);
                }

                if (component == "VTIMEZONE" && properties.TryGetValue("TZID", out var tzid))
                {
                    zonesDefined.Add(Split(tzid[0]).Value);
                }
            }
            else if (stack.Count == 0)
            {
                problems.Add($"{name} stands outside any component");
            }
            else
            {
                var properties = stack.Peek().Properties;
                if (TzidParameter().Match(match.Groups["params"].Value) is { Success: true } zone)
                {
                    zonesNamed.Add(zone.Groups["zone"].Value.Trim('"'));
                    if (value.EndsWith('Z'))
                    {
                        problems.Add($"{name} has a TZID on a time in UTC ({value})");
                    }
                }

                properties.TryAdd(name, []);
                properties[name].Add(match.Groups["params"].Value + ":" + value);
            }
        }

        if (stack.Count > 0)
        {
            problems.Add($"{stack.Peek().Name} is never closed");
        }

        problems.AddRange(zonesNamed.Except(zonesDefined).Select(z => $"TZID {z} is named but no VTIMEZONE defines it"));
        return problems;
    }

    private static IEnumerable<string> Check(string component, Dictionary<string, List<string>> properties, HashSet<string> uids)
    {
        int Count(string property) => properties.TryGetValue(property, out var values) ? values.Count : 0;
        string? Value(string property) => properties.TryGetValue(property, out var values) ? values[0] : null;
        if (component == "VCALENDAR")
        {
            if (Count("VERSION") != 1 || Value("VERSION")!.Split(':')[^1] != "2.0")
            {
                yield return "a calendar has exactly one VERSION:2.0";
            }

            if (Count("PRODID") != 1)
            {
                yield return "a calendar has exactly one PRODID";
            }
        }

        if (component == "VTIMEZONE" && (Count("TZID") != 1 || Count(Observance) == 0))
        {
            yield return "a VTIMEZONE has one TZID and at least one STANDARD or DAYLIGHT";
        }

        if (component != "VEVENT")
        {
            yield break;
        }

        if (Value("CLASS") is { } classification && classification.Split(':')[^1] is not ("PUBLIC" or "PRIVATE" or "CONFIDENTIAL"))
        {
            yield return $"CLASS {classification} is not one an event takes";
        }

        foreach (var required in new[] { "UID", "DTSTAMP", "DTSTART" }.Where(p => Count(p) != 1))
        {
            yield return $"an event has exactly one {required}";
        }

        if (Value("UID") is { } uid && !uids.Add(uid))
        {
            yield return $"UID {uid} is used twice";
        }

        if (Count("DTEND") > 0 && Count("DURATION") > 0)
        {
            yield return "an event has DTEND or DURATION, not both";
        }

        if (Value("STATUS") is { } status && status.Split(':')[^1] is not ("TENTATIVE" or "CONFIRMED" or "CANCELLED"))
        {
            yield return $"STATUS {status} is not one an event takes";
        }

        foreach (var property in new[] { "DTSTAMP", "DTSTART", "DTEND" }.Where(p => Count(p) == 1))
        {
            var (parameters, moment) = Split(Value(property)!);
            var isDate = parameters.Contains("VALUE=DATE", StringComparison.OrdinalIgnoreCase) && !parameters.Contains("VALUE=DATE-TIME", StringComparison.OrdinalIgnoreCase);
            if (!(isDate ? Date() : DateTime()).IsMatch(moment) || (property == "DTSTAMP" && !moment.EndsWith('Z')))
            {
                yield return $"{property} '{moment}' is not a {(isDate ? "DATE" : "DATE-TIME")}{(property == "DTSTAMP" ? " in UTC" : string.Empty)}";
            }
        }

        if (Count("DTSTART") == 1 && Count("DTEND") == 1)
        {
            var (startParameters, start) = Split(Value("DTSTART")!);
            var (endParameters, end) = Split(Value("DTEND")!);
            if (startParameters.Contains("VALUE=DATE", StringComparison.OrdinalIgnoreCase) != endParameters.Contains("VALUE=DATE", StringComparison.OrdinalIgnoreCase) || start.Length != end.Length)
            {
                yield return "DTSTART and DTEND are of different value types";
            }
            else if (string.CompareOrdinal(end, start) <= 0)
            {
                yield return $"DTEND {end} is not after DTSTART {start}";
            }
        }
    }

    private static (string Parameters, string Value) Split(string stored)
    {
        var colon = stored.IndexOf(':', StringComparison.Ordinal);
        return (stored[..colon], stored[(colon + 1)..]);
    }

    // A line that begins with a space or a tab continues the one before (3.1).
    private static List<string> Unfold(string[] physical)
    {
        var lines = new List<string>();
        foreach (var line in physical.Where(l => l.Length > 0))
        {
            if (line[0] is ' ' or '\t' && lines.Count > 0)
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private const string Observance = "(observance)";

    [GeneratedRegex("""(^|;)TZID=(?<zone>"[^"]*"|[^;:]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex TzidParameter();

    [GeneratedRegex("\r(?!\n)|(?<!\r)\n")]
    private static partial Regex BareLineBreak();

    [GeneratedRegex("""^(?<name>[A-Za-z0-9-]+)(?<params>(;[A-Za-z0-9-]+=("[^"]*"|[^;:,"]*)(,("[^"]*"|[^;:,"]*))*)*):(?<value>.*)$""")]
    private static partial Regex ContentLine();

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex Date();

    [GeneratedRegex("^[0-9]{8}T[0-9]{6}Z?$")]
    private static partial Regex DateTime();
}
