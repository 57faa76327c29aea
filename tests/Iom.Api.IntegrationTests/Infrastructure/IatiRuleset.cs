using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// IATI's standard ruleset (Schemas/iati-2.03/ruleset-standard.json, IATI/IATI-Rulesets) applied to a document: each
/// rule's XPath evaluated at each context it names, as IATI's validator does. The ruleset's own file is read, so a rule
/// IATI adds is applied without a change here; a rule of a kind this does not know fails the test that runs it.
/// </summary>
public static class IatiRuleset
{
    /// <summary>A rule a document breaks: its id (3.7.1), severity (error or warning) and message, and where.</summary>
    public sealed record Finding(string Id, string Severity, string Message, string Where)
    {
        public override string ToString() => $"{Id} ({Severity}) at {Where}: {Message}";
    }

    private static readonly Lazy<JsonObject> Rules = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(OfflineSchemas.Folder("iati-2.03"), "ruleset-standard.json")))!.AsObject());

    private static readonly XmlNamespaceManager Namespaces = new(new NameTable());

    public static List<Finding> Violations(XDocument document, DateTimeOffset now)
    {
        var findings = new List<Finding>();
        var root = document.CreateNavigator();
        foreach (var (contextPath, rules) in Rules.Value)
        {
            var contexts = root.Select(Compile(contextPath));
            while (contexts.MoveNext())
            {
                var context = contexts.Current!.Clone();
                foreach (var (kind, spec) in rules!.AsObject())
                {
                    foreach (var ruleCase in spec!["cases"]!.AsArray())
                    {
                        Check(kind, ruleCase!.AsObject(), context, now, findings);
                    }
                }
            }
        }

        return findings;
    }

    private static void Check(string kind, JsonObject rule, XPathNavigator context, DateTimeOffset now, List<Finding> findings)
    {
        if (rule["condition"] is { } condition && !Bool(context, condition.GetValue<string>()))
        {
            return;
        }

        if (kind == "loop")
        {
            Loop(rule, context, now, findings);
            return;
        }

        var paths = rule["paths"]?.AsArray().Select(p => p!.GetValue<string>()).ToList() ?? [];
        var broken = kind switch
        {
            "atleast_one" => !paths.Any(p => Values(context, p).Count > 0),
            "no_more_than_one" => paths.Sum(p => Values(context, p).Count) > 1,
            "one_or_all" => Values(context, Text(rule, "one")).Count == 0 && Values(context, Text(rule, "all") == "lang" ? ".//narrative[not(@xml:lang)]" : $".//value[not(@{Text(rule, "all")})]").Count > 0,
            "if_then" => Bool(context, Text(rule, "if")) && !Bool(context, Text(rule, "then")),
            "strict_sum" => Math.Abs(paths.SelectMany(p => Values(context, p)).Sum(Number) - rule["sum"]!.GetValue<decimal>()) > 0.0001m,
            "range" => paths.SelectMany(p => Values(context, p)).Any(v => Number(v) < rule["min"]!.GetValue<decimal>() || Number(v) > rule["max"]!.GetValue<decimal>()),
            "regex_matches" => paths.SelectMany(p => Values(context, p)).Any(v => !Regex.IsMatch(v, Text(rule, "regex"))),
            "no_spaces" => paths.SelectMany(p => Values(context, p)).Any(v => v != v.Trim()),
            "unique" => paths.SelectMany(p => Values(context, p)).GroupBy(v => v).Any(g => g.Count() > 1),
            "startswith" => StartsWithBroken(rule, context, paths),
            "date_order" => DatesOf(context, Text(rule, "less"), now).Any(less => DatesOf(context, Text(rule, "more"), now).Any(more => Text(rule, "more") == "NOW" ? less > more : less >= more)),
            "date_now" => DatesOf(context, Text(rule, "date"), now).Any(d => d > now.UtcDateTime),
            "time_limit" => DatesOf(context, Text(rule, "start"), now).Any(s => DatesOf(context, Text(rule, "end"), now).Any(e => e > s.AddYears(1))),
            "between_dates" => DatesOf(context, Text(rule, "date"), now).Any(d => DatesOf(context, Text(rule, "start"), now).Any(s => d < s) || DatesOf(context, Text(rule, "end"), now).Any(e => d > e)),
            _ => throw new NotSupportedException($"IATI rule kind '{kind}' is not applied by this test's evaluator."),
        };
        if (broken)
        {
            var info = rule["ruleInfo"]!;
            findings.Add(new Finding(info["id"]!.GetValue<string>(), info["severity"]!.GetValue<string>(), info["message"]!.GetValue<string>(), Where(context)));
        }
    }

    // A loop applies its inner rules once per distinct value its foreach selects, with $1 standing for the value.
    private static void Loop(JsonObject rule, XPathNavigator context, DateTimeOffset now, List<Finding> findings)
    {
        var substituted = rule["subs"]?.AsArray().Select(s => s!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var value in Values(context, Text(rule, "foreach")).Distinct())
        {
            foreach (var (kind, spec) in rule["do"]!.AsObject())
            {
                foreach (var inner in spec!["cases"]!.AsArray())
                {
                    var copy = inner!.DeepClone().AsObject();
                    foreach (var field in substituted.Where(copy.ContainsKey))
                    {
                        copy[field] = copy[field] is JsonArray list
                            ? new JsonArray([.. list.Select(i => (JsonNode)JsonValue.Create(i!.GetValue<string>().Replace("$1", value, StringComparison.Ordinal))!)])
                            : JsonValue.Create(copy[field]!.GetValue<string>().Replace("$1", value, StringComparison.Ordinal));
                    }

                    Check(kind, copy, context, now, findings);
                }
            }
        }
    }

    private static bool StartsWithBroken(JsonObject rule, XPathNavigator context, List<string> paths)
    {
        // ORG-ID-PREFIX stands for IATI's list of registration agencies, which is not vendored: such a rule is not applied.
        var prefixes = rule["prefix"]!.AsArray().Select(p => p!.GetValue<string>()).Where(p => p != "ORG-ID-PREFIX").SelectMany(p => Values(context, p)).ToList();
        var separator = rule["separator"]?.GetValue<string>() ?? string.Empty;
        return prefixes.Count > 0 && paths.SelectMany(p => Values(context, p)).Any(v => !prefixes.Any(prefix => v.StartsWith(prefix + separator, StringComparison.Ordinal)));
    }

    private static string Text(JsonObject rule, string field) => rule[field]!.GetValue<string>();

    private static XPathExpression Compile(string xpath)
    {
        var expression = XPathExpression.Compile(xpath);
        expression.SetContext(Namespaces);
        return expression;
    }

    private static bool Bool(XPathNavigator context, string xpath) => (bool)context.Evaluate(Compile($"boolean({xpath})"));

    private static List<string> Values(XPathNavigator context, string xpath)
    {
        var values = new List<string>();
        var nodes = context.Select(Compile(xpath));
        while (nodes.MoveNext())
        {
            values.Add(nodes.Current!.Value);
        }

        return values;
    }

    private static decimal Number(string value) => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : decimal.MinValue;

    private static List<DateTime> DatesOf(XPathNavigator context, string xpath, DateTimeOffset now) =>
        xpath == "NOW" ? [now.UtcDateTime]
            : [.. Values(context, xpath).Select(v => DateTime.Parse(v, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal))];

    private static string Where(XPathNavigator context)
    {
        var activity = context.Clone();
        while (activity.LocalName != "iati-activity" && activity.MoveToParent())
        {
        }

        return activity.LocalName == "iati-activity" && activity.SelectSingleNode("iati-identifier") is { } id ? $"{id.Value} {context.LocalName}" : context.LocalName;
    }
}
