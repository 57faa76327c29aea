using Iom.SharedKernel.Data;

namespace Iom.Modules.DonorRelations.Appeals;

/// <summary>What may refer to an appeal or its lines, so that neither is removed while money points at it.</summary>
internal static class AppealReferrers
{
    public static readonly Referrer[] OfLines =
    [
        new("SELECT COUNT(*) FROM donor_relations.agreement_lines al JOIN donor_relations.appeal_lines l ON l.id = al.appeal_line_id WHERE l.appeal_id = @Id", "agreement line"),
        new("SELECT COUNT(*) FROM donor_relations.flows f JOIN donor_relations.appeal_lines l ON l.id = f.appeal_line_id WHERE l.appeal_id = @Id", "funding flow"),
    ];

    public static readonly Referrer[] OfAppeal =
    [
        new("SELECT COUNT(*) FROM donor_relations.pledges WHERE appeal_id = @Id", "pledge"),
        new("SELECT COUNT(*) FROM donor_relations.flows WHERE appeal_id = @Id", "funding flow"),
        .. OfLines,
    ];
}
