using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;

namespace Iom.Modules.DonorRelations.Iati;

/// <summary>The IATI code lists' codes for what the module holds (IATI 2.03 code lists; OECD DAC for sectors and aid types).</summary>
internal static class IatiCodes
{
    /// <summary>DAC 5-digit sector 15190, facilitation of orderly, safe, regular and responsible migration and mobility: a line with no sector of its own.</summary>
    public const string MigrationSector = "15190";

    /// <summary>FinanceType 110: standard grant, as every contribution to IOM is.</summary>
    public const string StandardGrant = "110";

    /// <summary>ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.</summary>
    public static string ActivityStatus(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft or AgreementStatus.Signed => "1",
        AgreementStatus.Active => "2",
        AgreementStatus.InClosure => "3",
        AgreementStatus.Closed => "4",
        AgreementStatus.Terminated => "5",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>An appeal's money outside agreements: in the pipeline while drafted, implemented while published, closed once closed.</summary>
    public static string ActivityStatus(AppealStatus? status) => status switch
    {
        AppealStatus.Draft => "1",
        AppealStatus.Closed => "4",
        _ => "2",
    };

    /// <summary>TransactionType: 13 incoming pledge, 11 incoming commitment, 1 incoming funds.</summary>
    public static string TransactionType(FlowStatus status) => status switch
    {
        FlowStatus.Pledge => "13",
        FlowStatus.Commitment => "11",
        FlowStatus.Paid => "1",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>OrganisationType: 10 government, 40 multilateral, 60 foundation, 70 private sector, 90 other.</summary>
    public static string OrganisationType(DonorType type) => type switch
    {
        DonorType.Government => "10",
        DonorType.EuInstitution or DonorType.Multilateral or DonorType.UnPooledFund => "40",
        DonorType.Foundation => "60",
        DonorType.PrivateSector => "70",
        _ => "90",
    };

    /// <summary>FlowType: 10 ODA from public donors (governments, the EU, multilateral bodies and their pooled funds), 30 private development finance.</summary>
    public static string FlowType(DonorType type) => type is DonorType.Government or DonorType.EuInstitution or DonorType.Multilateral or DonorType.UnPooledFund ? "10" : "30";

    /// <summary>
    /// OECD DAC aid type (vocabulary 1) from how earmarked the money is: B02 core contributions to a multilateral
    /// institution (unearmarked), B03 contributions to specific-purpose programmes (softly earmarked), C01 project-type
    /// interventions (earmarked). Unknown earmarking counts as earmarked, the most specific.
    /// </summary>
    public static string AidType(Earmarking? earmarking) => earmarking switch
    {
        Earmarking.Unearmarked => "B02",
        Earmarking.SoftlyEarmarked => "B03",
        _ => "C01",
    };
}
