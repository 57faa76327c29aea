namespace Iom.Modules.MigrationData.Geography;

/// <summary>A region with its members.</summary>
/// <param name="Region">The region.</param>
/// <param name="Members">Its member countries (alpha-3), sorted.</param>
internal sealed record RegionDetails(Area Region, IReadOnlyList<string> Members);
