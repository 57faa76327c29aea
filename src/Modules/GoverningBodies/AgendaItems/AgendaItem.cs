using System.Globalization;
using System.Text.RegularExpressions;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal enum AgendaItemStatus
{
    Proposed,
    Adopted,
    Concluded,
    Deferred,
    Withdrawn,
}

internal static partial class AgendaItemRules
{
    public static readonly StateMachine<AgendaItemStatus> Machine = new StateMachine<AgendaItemStatus>("agenda item")
        .Allow("adopt", AgendaItemStatus.Adopted, AgendaItemStatus.Proposed)
        .Allow("conclude", AgendaItemStatus.Concluded, AgendaItemStatus.Adopted)
        .Allow("defer", AgendaItemStatus.Deferred, AgendaItemStatus.Proposed, AgendaItemStatus.Adopted)
        .Allow("withdraw", AgendaItemStatus.Withdrawn, AgendaItemStatus.Proposed, AgendaItemStatus.Adopted);

    private static readonly string[] Romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

    /// <summary><c>9</c>, <c>9(a)</c> or <c>9(a)(ii)</c>: item, sub-item, sub-sub-item.</summary>
    public static bool IsValidNumber(string? number) => number is not null && NumberPattern().IsMatch(number);

    /// <summary>The number of the item this one sits under (<c>9(a)</c> for <c>9(a)(ii)</c>), or null for a top-level item.</summary>
    public static string? ParentNumber(string number)
    {
        var open = number.LastIndexOf('(');
        return open < 0 ? null : number[..open];
    }

    /// <summary>A key that orders 2 before 10 and 9(a)(ii) before 9(a)(x).</summary>
    public static string SortKey(string number)
    {
        var match = NumberPattern().Match(number);
        var key = int.Parse(match.Groups["item"].Value, CultureInfo.InvariantCulture).ToString("000", CultureInfo.InvariantCulture);
        if (match.Groups["sub"].Success)
        {
            key += "." + match.Groups["sub"].Value;
        }

        if (match.Groups["subsub"].Success)
        {
            key += "." + (Array.IndexOf(Romans, match.Groups["subsub"].Value) + 1).ToString("00", CultureInfo.InvariantCulture);
        }

        return key;
    }

    [GeneratedRegex(@"^(?<item>[1-9][0-9]{0,2})(\((?<sub>[a-z])\)(\((?<subsub>i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}

/// <summary>An item on a session's agenda.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="SessionId">The session.</param>
/// <param name="Number">Its number on the agenda: 9, 9(a), 9(a)(ii).</param>
/// <param name="ParentNumber">The item it sits under, if any.</param>
/// <param name="Title">Title in the official languages.</param>
/// <param name="Status">proposed → adopted → concluded, or deferred, withdrawn.</param>
/// <param name="Documents">Documents registered under this item.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record AgendaItemDetails(
    Guid Id,
    Guid SessionId,
    string Number,
    string? ParentNumber,
    LocalizedText Title,
    AgendaItemStatus Status,
    IReadOnlyList<LinkedDocument> Documents,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

/// <summary>A document linked to an agenda item.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Symbol">The document's symbol.</param>
internal sealed record LinkedDocument(Guid Id, string Symbol);
