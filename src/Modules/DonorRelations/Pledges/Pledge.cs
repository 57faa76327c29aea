using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Http;

namespace Iom.Modules.DonorRelations.Pledges;

internal enum PledgeStatus
{
    Announced,
    Confirmed,
    PartiallyConverted,
    Converted,
    Cancelled,
}

internal static class PledgeRules
{
    public static readonly StateMachine<PledgeStatus> Machine = new StateMachine<PledgeStatus>("pledge")
        .Allow("confirm", PledgeStatus.Confirmed, PledgeStatus.Announced)
        .Allow("cancel", PledgeStatus.Cancelled, PledgeStatus.Announced, PledgeStatus.Confirmed, PledgeStatus.PartiallyConverted);

    /// <summary>
    /// The status as it stands: conversion is not stored but follows from the agreements signed against the pledge
    /// (announced or confirmed until one is; partially converted, then converted once they reach the pledged amount).
    /// </summary>
    public static PledgeStatus Current(PledgeStatus stored, decimal amount, decimal converted) =>
        stored == PledgeStatus.Cancelled ? PledgeStatus.Cancelled
        : converted >= amount && amount > 0 ? PledgeStatus.Converted
        : converted > 0 ? PledgeStatus.PartiallyConverted
        : stored;
}

/// <summary>One instalment of a pledge, and how much of it conversions cover (instalments are covered in due order).</summary>
/// <param name="Number">1, 2...</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="Amount">Its amount.</param>
/// <param name="Covered">How much of it agreements signed against the pledge cover.</param>
/// <param name="Overdue">Due and not fully covered (never for a cancelled pledge).</param>
/// <param name="DaysOverdue">Days past due while overdue; 0 otherwise.</param>
internal sealed record Instalment(int Number, DateOnly DueOn, decimal Amount, decimal Covered, bool Overdue, int DaysOverdue);

/// <summary>A donor's pledge, paid through contribution agreements.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="DonorId">The donor.</param>
/// <param name="AppealId">The appeal it answers, if any.</param>
/// <param name="Reference">Its reference, unique.</param>
/// <param name="Amount">The amount pledged.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="PledgedOn">When it was announced.</param>
/// <param name="Earmarking">How earmarked it is.</param>
/// <param name="Status">announced → confirmed → partiallyConverted → converted, or cancelled.</param>
/// <param name="ConvertedAmount">What agreements signed against it amount to (same currency).</param>
/// <param name="OutstandingAmount">Pledged and not yet converted (0 when cancelled).</param>
/// <param name="OverdueAmount">The uncovered part of instalments past due.</param>
/// <param name="Instalments">Its instalments.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record PledgeDetails(
    Guid Id, Guid DonorId, Guid? AppealId, string Reference, decimal Amount, string Currency, DateOnly PledgedOn, Earmarking Earmarking, PledgeStatus Status,
    decimal ConvertedAmount, decimal OutstandingAmount, decimal OverdueAmount, IReadOnlyList<Instalment> Instalments, IReadOnlyList<string> AllowedActions,
    int Version, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy) : IVersionedResource;
