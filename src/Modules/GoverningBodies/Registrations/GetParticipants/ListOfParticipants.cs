using System.Text;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Registrations;

/// <summary>The list of participants of a session (the content of its INF document): the accredited, by group and delegation.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="SymbolPrefix">Prefix of the session's documents' symbols.</param>
/// <param name="Groups">Member States, observer States, intergovernmental organizations, non-governmental organizations, press, Secretariat: those with anyone accredited, in that order.</param>
internal sealed record ListOfParticipants(Guid SessionId, string? SymbolPrefix, IReadOnlyList<ParticipantGroup> Groups)
{
    private static readonly string[] Header = ["group", "delegation", "country", "role", "head_of_delegation", "honorific", "given_name", "family_name", "job_title"];

    /// <summary>RFC 4180: a header row, then one row per participant in the list's order.</summary>
    public string ToCsv()
    {
        var csv = CsvText.AppendRow(new StringBuilder(), Header);
        foreach (var group in Groups)
        {
            foreach (var delegation in group.Delegations)
            {
                foreach (var person in delegation.Participants)
                {
                    CsvText.AppendRow(csv, group.Group.ToText(), delegation.Name, delegation.Country, person.Role.ToText(), person.HeadOfDelegation ? "true" : "false",
                        person.Honorific, person.GivenName, person.FamilyName, person.JobTitle);
                }
            }
        }

        return csv.ToString();
    }
}

internal enum ParticipantGroupKind
{
    MemberStates,
    ObserverStates,
    IntergovernmentalOrganizations,
    NonGovernmentalOrganizations,
    Press,
    Secretariat,
}

/// <summary>One group of the list.</summary>
/// <param name="Group">memberStates, observerStates, intergovernmentalOrganizations, nonGovernmentalOrganizations, press or secretariat.</param>
/// <param name="Delegations">Its delegations (or, for press and Secretariat, outlets and units) by English name.</param>
internal sealed record ParticipantGroup(ParticipantGroupKind Group, IReadOnlyList<ParticipantDelegation> Delegations);

/// <summary>A delegation on the list.</summary>
/// <param name="Name">The State's or organization's name in English (the outlet or unit for press and Secretariat).</param>
/// <param name="Country">The State, if it is one.</param>
/// <param name="Participants">The head first, then representatives, alternates, advisers and observers, each by family name.</param>
internal sealed record ParticipantDelegation(string Name, string? Country, IReadOnlyList<Participant> Participants);

/// <summary>A person on the list, as printed.</summary>
/// <param name="Role">Their role.</param>
/// <param name="HeadOfDelegation">True for the head of the delegation.</param>
/// <param name="Honorific">H.E., Mr, Ms, Dr …</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="JobTitle">Title or function.</param>
internal sealed record Participant(RegistrationRole Role, bool HeadOfDelegation, string? Honorific, string GivenName, string FamilyName, string? JobTitle);
