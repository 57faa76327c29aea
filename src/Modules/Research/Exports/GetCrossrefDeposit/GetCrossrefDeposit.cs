using System.Xml.Linq;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Manifestations;
using Iom.Modules.Research.Projects;
using Iom.Modules.Research.Series;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.Extensions.Options;

namespace Iom.Modules.Research.Exports;

internal sealed record GetCrossrefDepositQuery(Guid WorkId) : IQuery<string>;

internal sealed class GetCrossrefDepositQueryHandler(ResearchDatabase db, TimeProvider clock, IOptions<CrossrefOptions> options) : IQueryHandler<GetCrossrefDepositQuery, string>
{
    public async ValueTask<string> Handle(GetCrossrefDepositQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var work = await WorkRow.GetAsync(read, query.WorkId, cancellationToken);
        var series = work.SeriesId is { } seriesId ? await SeriesRow.FindAsync(read, seriesId, cancellationToken) : null;
        var manifestations = await ManifestationRow.ForWorkAsync(read, work.Id, cancellationToken);
        if (!manifestations.Any(m => m.Doi is not null))
        {
            throw new ConflictException("No DOI", "None of this work's language versions has a DOI yet; assign one before depositing.", "no-doi");
        }

        // A DOI registered for a work still in review would resolve to a page that says nothing yet, or to a draft.
        if (work.Status != WorkStatus.Published)
        {
            throw new ConflictException(
                "Not published", $"A work is deposited with Crossref once it is published; this one is {work.Status.ToText()}.", "not-published");
        }

        var funders = work.ProjectId is { } projectId && await ProjectRow.FindAsync(read, projectId, cancellationToken) is { } project
            ? project.ToResponse().Funders
            : [];
        var deposit = CrossrefXml.Deposit(work, series, manifestations, funders, clock.GetUtcNow(), options.Value);
        return deposit.Declaration + "\n" + deposit.ToString(SaveOptions.None);
    }
}
