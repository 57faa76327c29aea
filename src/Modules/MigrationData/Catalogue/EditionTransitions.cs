using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>An edition's move along <see cref="EditionRules"/>, checked, versioned and audited: what release and withdraw share.</summary>
internal static class EditionTransitions
{
    private const string UpdateSql = """
        UPDATE migration_data.editions
        SET status = @Status, status_reason = @Reason, status_changed_at = @Now, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public static async Task<EditionDetails> ApplyAsync(WriteSession write, Guid id, string action, string? reason, int? expectedVersion, CancellationToken cancellationToken)
    {
        var before = (await EditionRow.GetAsync(write, id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(expectedVersion, before.Version);
        var next = EditionRules.Machine.Apply(action, before.Status);
        await write.UpdateVersionedAsync(UpdateSql, new { Id = id, before.Version, Status = next.ToText(), Reason = reason, write.Now, write.By },
            before.Version, expectedVersion, cancellationToken);
        var after = (await EditionRow.GetAsync(write, id, cancellationToken)).ToResponse();
        await write.RecordAsync(AuditedEntities.Edition, id, action, before, after, cancellationToken);
        return after;
    }
}
