using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Observers;

/// <summary>
/// Grants and corrects observer status: the endpoint calls it, and so will the subscriber to International Partnerships'
/// PartnerObserverStatusGranted, which passes the partner's id (one observer per partner).
/// </summary>
internal static class ObserverWriter
{
    private const string MemberSql = "SELECT COUNT(*) FROM governing_bodies.member_states WHERE country = @Country";

    private const string CountryTakenSql = "SELECT COUNT(*) FROM governing_bodies.observers WHERE country = @Country AND id <> @Id";

    private const string PartnerTakenSql = "SELECT COUNT(*) FROM governing_bodies.observers WHERE partner_id = @PartnerId AND id <> @Id";

    private const string InsertSql = """
        INSERT INTO governing_bodies.observers
            (id, kind, country, name_en, name_fr, name_es, acronym, granted_by_resolution, granted_on, withdrawn_on, partner_id,
             version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Kind, @Country, @NameEn, @NameFr, @NameEs, @Acronym, @GrantedByResolution, @GrantedOn, @WithdrawnOn, @PartnerId,
             1, @Now, @By, @Now, @By)
        """;

    public static async Task<ObserverDetails> GrantAsync(WriteSession write, IObserverFields fields, Guid? partnerId, CancellationToken cancellationToken)
    {
        var id = write.NewId();
        var country = Countries.Canonical(fields.Country);
        await EnsureUniqueAsync(write, id, country, partnerId, cancellationToken);
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            Kind = fields.Kind!.Value.ToText(),
            Country = country,
            NameEn = fields.Name?.En,
            NameFr = fields.Name?.Fr,
            NameEs = fields.Name?.Es,
            fields.Acronym,
            fields.GrantedByResolution,
            fields.GrantedOn,
            fields.WithdrawnOn,
            PartnerId = partnerId,
            write.Now,
            write.By,
        }, cancellationToken);
        var created = await ObserverRow.GetAsync(write, id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Observer, id, "create", null, created, cancellationToken);
        return created;
    }

    /// <summary>A Member State is not an observer; a state or a partner is an observer once.</summary>
    public static async Task EnsureUniqueAsync(IDbSession db, Guid id, string? country, Guid? partnerId, CancellationToken cancellationToken)
    {
        if (country is not null && await db.ExecuteScalarAsync<long>(MemberSql, new { Country = country }, cancellationToken) > 0)
        {
            throw new ConflictException("A Member State", $"{country} is a Member State of IOM, not an observer.", "is-member-state");
        }

        if (country is not null && await db.ExecuteScalarAsync<long>(CountryTakenSql, new { Country = country, Id = id }, cancellationToken) > 0)
        {
            throw new DuplicateException("observer", "country", country);
        }

        if (partnerId is not null && await db.ExecuteScalarAsync<long>(PartnerTakenSql, new { PartnerId = partnerId, Id = id }, cancellationToken) > 0)
        {
            throw new DuplicateException("observer", "partnerId", partnerId.Value.ToString());
        }
    }
}
