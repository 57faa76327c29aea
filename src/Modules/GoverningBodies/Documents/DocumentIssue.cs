using Iom.Contracts.GoverningBodies;
using Iom.Modules.GoverningBodies.TranslationJobs;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>Issuing a language version: the document is issued with it, and DocumentLanguageIssued goes out through the outbox.</summary>
internal static class DocumentIssue
{
    private const string IssuedSql = "UPDATE governing_bodies.documents SET status = @Status WHERE id = @Id";

    public static async Task LanguageAsync(WriteSession write, DocumentRow document, string language, CancellationToken cancellationToken)
    {
        if (!DocumentPipeline.Issuable.Contains(document.Status))
        {
            throw new ConflictException(
                "Document not edited",
                $"{document.Symbol} is {document.Status.ToText()}: its language versions are issued once editing is finished.",
                "document-not-edited");
        }

        await LanguageVersions.SetAsync(write, document.Id, language, LanguageVersionStatus.Issued, cancellationToken);
        if (document.Status != DocumentStatus.Issued)
        {
            await write.ExecuteAsync(IssuedSql, new { document.Id, Status = DocumentStatus.Issued.ToText() }, cancellationToken);
            await write.RecordChangesAsync(
                AuditedEntities.Document, document.Id, "pipeline", [new AuditChange("status", document.Status.ToText(), DocumentStatus.Issued.ToText())], cancellationToken);
            document.Status = DocumentStatus.Issued;
        }

        await write.PublishAsync(
            new DocumentLanguageIssued(write.NewId(), write.Now, document.Id, document.Symbol, language, document.Distribution.ToText()),
            cancellationToken);
    }
}
