using FluentValidation;
using Iom.SharedKernel.Errors;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Geography;

/// <summary>A region with its members.</summary>
/// <param name="Region">The region.</param>
/// <param name="Members">Its member countries (alpha-3), sorted.</param>
internal sealed record RegionDetails(Area Region, IReadOnlyList<string> Members);
