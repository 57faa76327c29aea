using Iom.Modules.GoverningBodies.TranslationJobs;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Submit a document, return it to its author, finish its editing, or issue it in every language at once.</summary>
internal sealed record ChangeDocumentStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<DocumentDetails>;

internal sealed class ChangeDocumentStatusCommandHandler(WriteSession write, ICurrentUser user)
    : ICommandHandler<ChangeDocumentStatusCommand, DocumentDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.documents
        SET status = @Status, job_year = COALESCE(job_year, @JobYear), job_sequence = COALESCE(job_sequence, @JobSequence),
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    // The year's row is always there (migration 0016): the update takes its lock, so concurrent submissions queue for it.
    private const string NextJobSequenceSql = "UPDATE governing_bodies.job_number_years SET last_sequence = last_sequence + 1 WHERE year = @Year";
    private const string JobSequenceSql = "SELECT last_sequence FROM governing_bodies.job_number_years WHERE year = @Year";

    public async ValueTask<DocumentDetails> Handle(ChangeDocumentStatusCommand command, CancellationToken cancellationToken)
    {
        var seeRestricted = user.HasScope(GoverningBodiesScopes.Restricted);
        var row = await DocumentReader.GetRowAsync(write, command.Id, seeRestricted, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, row.Version);
        var before = await DocumentReader.DetailsAsync(write, row, seeRestricted, cancellationToken);
        var next = DocumentPipeline.Machine.Apply(command.Action, row.Status);
        var original = before.Languages.First(l => l.Language == row.OriginalLanguage);
        if (next == DocumentStatus.Submitted && original.File is null)
        {
            throw new ConflictException(
                "Original file missing", $"Upload the '{row.OriginalLanguage}' file of {row.Symbol} before submitting it.", "original-file-missing");
        }

        var (jobYear, jobSequence) = next == DocumentStatus.Submitted && row.JobSequence is null
            ? (write.Today.Year, await NextJobSequenceAsync(write.Today.Year, cancellationToken))
            : ((int?)null, (int?)null);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            row.Version,
            Status = next == DocumentStatus.Issued ? row.Status.ToText() : next.ToText(),
            JobYear = jobYear,
            JobSequence = jobSequence,
            write.Now,
            write.By,
        }, row.Version, command.ExpectedVersion, cancellationToken);

        if (next == DocumentStatus.Issued)
        {
            foreach (var version in before.Languages.Where(l => l.Status == LanguageVersionStatus.Final))
            {
                await DocumentIssue.LanguageAsync(write, row, version.Language, cancellationToken);
            }
        }
        else
        {
            // The original follows its document: awaited from the author, under editing, then final.
            var originalStatus = next switch
            {
                DocumentStatus.Submitted => LanguageVersionStatus.InRevision,
                DocumentStatus.Edited => LanguageVersionStatus.Final,
                _ => LanguageVersionStatus.Requested,
            };
            await LanguageVersions.SetAsync(write, row.Id, row.OriginalLanguage, originalStatus, cancellationToken);
        }

        var after = await DocumentReader.GetAsync(write, row.Id, seeRestricted, cancellationToken);
        await write.RecordAsync(AuditedEntities.Document, row.Id, command.Action, before, after, cancellationToken);
        return after;
    }

    private async Task<int> NextJobSequenceAsync(int year, CancellationToken cancellationToken)
    {
        await write.ExecuteAsync(NextJobSequenceSql, new { Year = year }, cancellationToken);
        return await write.QuerySingleOrDefaultAsync<int?>(JobSequenceSql, new { Year = year }, cancellationToken)
            ?? throw new InvalidOperationException($"No job number row for {year}.");
    }
}
