using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Http;

namespace Iom.Modules.DonorRelations.Agreements;

internal enum AgreementStatus
{
    Draft,
    Signed,
    Active,
    InClosure,
    Closed,
    Terminated,
}

internal static class AgreementRules
{
    public static readonly StateMachine<AgreementStatus> Machine = new StateMachine<AgreementStatus>("contribution agreement")
        .Allow("sign", AgreementStatus.Signed, AgreementStatus.Draft)
        .Allow("activate", AgreementStatus.Active, AgreementStatus.Signed)
        .Allow("begin-closure", AgreementStatus.InClosure, AgreementStatus.Active)
        .Allow("close", AgreementStatus.Closed, AgreementStatus.InClosure)
        .Allow("terminate", AgreementStatus.Terminated, AgreementStatus.Signed, AgreementStatus.Active, AgreementStatus.InClosure);

    /// <summary>Multi-year funding, as the Grand Bargain counts it: an agreement running 24 months or more.</summary>
    public static bool IsMultiYear(DateOnly startOn, DateOnly endOn) => endOn >= startOn.AddMonths(24).AddDays(-1);
}

/// <summary>An appeal line an agreement funds, and how much of the agreement goes to it.</summary>
/// <param name="AppealLineId">The line.</param>
/// <param name="AppealId">Its appeal.</param>
/// <param name="LineCode">The line's code.</param>
/// <param name="Country">The line's country (ISO 3166-1 alpha-3).</param>
/// <param name="Sector">The line's OECD DAC 5-digit sector, when it has one.</param>
/// <param name="Amount">The part of the agreement for it, in the agreement's currency.</param>
internal sealed record FundedLine(Guid AppealLineId, Guid AppealId, string LineCode, string? Country, string? Sector, decimal Amount);

/// <summary>A change to a signed agreement.</summary>
/// <param name="Number">1, 2...</param>
/// <param name="AmendedOn">When.</param>
/// <param name="PreviousAmount">The amount before.</param>
/// <param name="NewAmount">The amount after.</param>
/// <param name="PreviousEndOn">The end date before.</param>
/// <param name="NewEndOn">The end date after.</param>
/// <param name="Reason">Why.</param>
internal sealed record Amendment(int Number, DateOnly AmendedOn, decimal PreviousAmount, decimal NewAmount, DateOnly PreviousEndOn, DateOnly NewEndOn, string Reason);

/// <summary>A contribution agreement with a donor.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="DonorId">The donor.</param>
/// <param name="Reference">Its reference, unique.</param>
/// <param name="Title">Its title.</param>
/// <param name="Amount">Its amount, in its currency.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="ExchangeRate">The rate to USD, with its source and date.</param>
/// <param name="AmountUsd">The amount in USD: amount × rate, rounded to the cent (half away from zero).</param>
/// <param name="SignedOn">When it was signed.</param>
/// <param name="StartOn">First day.</param>
/// <param name="EndOn">Last day.</param>
/// <param name="MultiYear">Runs 24 months or more.</param>
/// <param name="Earmarking">How earmarked it is.</param>
/// <param name="PledgeId">The pledge it converts, if any.</param>
/// <param name="Lines">The appeal lines it funds.</param>
/// <param name="Amendments">Its amendments.</param>
/// <param name="Status">draft → signed → active → inClosure → closed, or terminated.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was drafted.</param>
/// <param name="CreatedBy">Who drafted it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record AgreementDetails(
    Guid Id, Guid DonorId, string Reference, string Title, decimal Amount, string Currency, ExchangeRate ExchangeRate, decimal AmountUsd,
    DateOnly? SignedOn, DateOnly StartOn, DateOnly EndOn, bool MultiYear, Earmarking Earmarking, Guid? PledgeId,
    IReadOnlyList<FundedLine> Lines, IReadOnlyList<Amendment> Amendments, AgreementStatus Status, IReadOnlyList<string> AllowedActions,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;
