using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;

namespace Iom.Modules.DonorRelations.Iati;

/// <summary>What one IATI activity says, before it is written (<see cref="IatiXml"/>); made by <see cref="IatiActivities"/>.</summary>
/// <param name="Identifier">The iati-identifier: IOM's prefix and a reference.</param>
/// <param name="LastUpdated">When what it reports last changed.</param>
/// <param name="Currency">The default currency of its values.</param>
/// <param name="Title">Its title (English).</param>
/// <param name="Description">Its description (English).</param>
/// <param name="Funders">Funding organisations (role 1): the donor, and the donors of the contributions a pooled fund passed on.</param>
/// <param name="Extending">The extending organisation (role 3): the donor whose money reaches IOM.</param>
/// <param name="Status">ActivityStatus code.</param>
/// <param name="Dates">ActivityDateType code and day.</param>
/// <param name="Parts">Where the money goes: country and DAC sector of each part, with its amount (weights of the percentages).</param>
/// <param name="DefaultAidType">The DAC aid type of every transaction, when one applies to all; else each transaction has its own.</param>
/// <param name="Budgets">Its budgets, a year at most each.</param>
/// <param name="Transactions">Its transactions.</param>
internal sealed record IatiActivity(
    string Identifier, DateTimeOffset LastUpdated, string Currency, string Title, string Description,
    IReadOnlyList<DonorRow> Funders, DonorRow Extending, string Status, IReadOnlyList<(string Type, DateOnly Date)> Dates,
    IReadOnlyList<(string? Country, string? Sector, decimal Amount)> Parts, string? DefaultAidType,
    IReadOnlyList<IatiBudget> Budgets, IReadOnlyList<IatiTransaction> Transactions);

/// <summary>A budget of a period of at most a year (IATI rule 7.5.3).</summary>
/// <param name="Type">BudgetType: 1 original, 2 revised (after an amendment).</param>
/// <param name="Start">First day of the period.</param>
/// <param name="End">Last day of the period.</param>
/// <param name="Amount">The amount budgeted for the period.</param>
/// <param name="Currency">Its currency.</param>
internal sealed record IatiBudget(string Type, DateOnly Start, DateOnly End, decimal Amount, string Currency);

/// <summary>One stage of one flow.</summary>
/// <param name="Type">TransactionType code.</param>
/// <param name="Date">The day of the stage.</param>
/// <param name="Flow">The flow.</param>
/// <param name="Provider">Who provided the money.</param>
/// <param name="AidType">The flow's DAC aid type, when the activity has no default.</param>
internal sealed record IatiTransaction(string Type, DateOnly Date, FlowRow Flow, DonorRow Provider, string? AidType);
