using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Iom.Bench;

/// <summary>
/// The reference limit: the same queries, on the same data, behind a bare minimal API with Dapper and nothing else (no
/// versioning, authentication, mediator, validation, problem details, audit or idempotency).
/// </summary>
internal static class Baseline
{
    private const string Select = """
        SELECT d.id, d.symbol, d.chain_symbol AS ChainSymbol, d.revision, d.corrigendum, d.session_id AS SessionId, d.type, d.distribution,
               d.original_language AS OriginalLanguage, d.title_en AS TitleEn, d.title_fr AS TitleFr, d.title_es AS TitleEs,
               d.version, d.created_at AS CreatedAt, d.created_by AS CreatedBy, d.updated_at AS UpdatedAt, d.updated_by AS UpdatedBy
        FROM documents d
        """;

    private const string ById = Select + " WHERE d.id = @Id AND (d.distribution <> 'restricted' OR @SeeRestricted = 1)";
    private const string Chain = Select + " WHERE d.chain_symbol = @ChainSymbol AND (d.distribution <> 'restricted' OR @SeeRestricted = 1)";
    private const string BySession = Select + " WHERE (d.distribution <> 'restricted' OR @SeeRestricted = 1) AND d.session_id = @SessionId ORDER BY d.symbol ASC, d.id ASC LIMIT @Take";
    private const string Languages = "SELECT document_id AS DocumentId, language, status, available_at AS AvailableAt, issued_at AS IssuedAt FROM document_languages WHERE document_id IN @Ids ORDER BY language";
    private const string AgendaItems = "SELECT agenda_item_id FROM agenda_item_documents WHERE document_id = @Id";
    private const string InsertDocument = """
        INSERT INTO documents (id, symbol, chain_symbol, series, component, revision, corrigendum, addendum, session_id, type, distribution,
            original_language, title_en, title_fr, title_es, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Symbol, @Symbol, 'C', NULL, 0, 0, 0, NULL, @Type, @Distribution, @OriginalLanguage, @TitleEn, NULL, NULL, 1, @Now, 'bench', @Now, 'bench')
        """;

    private const string InsertLanguage = "INSERT INTO document_languages (document_id, language, status, available_at, updated_at) VALUES (@DocumentId, @Language, @Status, @AvailableAt, @Now)";

    public static async Task<int> RunAsync(string directory, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
        var app = builder.Build();
        var connectionString = $"Data Source={Path.Combine(directory, "governing_bodies.db")};Pooling=True;Default Timeout=15";

        app.MapGet("/documents/{id}", async (string id) =>
        {
            await using var connection = new SqliteConnection(connectionString);
            var row = await connection.QuerySingleOrDefaultAsync<DocumentRow>(ById, new { Id = id.ToUpperInvariant(), SeeRestricted = false });
            if (row is null)
            {
                return Results.NotFound();
            }

            var chain = (await connection.QueryAsync<DocumentRow>(Chain, new { row.ChainSymbol, SeeRestricted = false })).ToList();
            var languages = await connection.QueryAsync<LanguageRow>(Languages, new { Ids = new[] { row.Id } });
            var agendaItems = await connection.QueryAsync<string>(AgendaItems, new { row.Id });
            return Results.Ok(new
            {
                row.Id, row.Symbol, row.Type, row.Distribution, row.OriginalLanguage,
                Title = new { En = row.TitleEn, Fr = row.TitleFr, Es = row.TitleEs },
                row.SessionId, AgendaItemIds = agendaItems.ToList(), Languages = languages.ToList(),
                Supersedes = chain.Where(d => d.Corrigendum == 0 && d.Revision < row.Revision).Select(d => d.Symbol).ToList(),
                Corrigenda = chain.Where(d => d.Corrigendum > 0).Select(d => d.Symbol).ToList(),
                row.Version, row.CreatedAt, row.CreatedBy, row.UpdatedAt, row.UpdatedBy,
            });
        });

        app.MapGet("/documents", async (string sessionId, int? limit) =>
        {
            await using var connection = new SqliteConnection(connectionString);
            var rows = (await connection.QueryAsync<DocumentRow>(BySession, new { SessionId = sessionId.ToUpperInvariant(), SeeRestricted = false, Take = (limit ?? 50) + 1 })).ToList();
            var page = rows.Take(limit ?? 50).ToList();
            var languages = (await connection.QueryAsync<LanguageRow>(Languages, new { Ids = page.Select(r => r.Id).ToList() })).ToLookup(l => l.DocumentId);
            return Results.Ok(new
            {
                Items = page.Select(r => new { r.Id, r.Symbol, r.Type, r.Distribution, r.OriginalLanguage, Title = new { En = r.TitleEn, Fr = r.TitleFr }, r.SessionId, Languages = languages[r.Id].ToList(), r.Version, r.UpdatedAt }),
                NextCursor = rows.Count > page.Count ? page[^1].Id : null,
            });
        });

        app.MapPost("/documents", async (NewDocument document) =>
        {
            var id = Guid.CreateVersion7().ToString("D").ToUpperInvariant();
            var now = DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var transaction = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync(InsertDocument, new { Id = id, document.Symbol, document.Type, document.Distribution, document.OriginalLanguage, TitleEn = document.Title?.En, Now = now }, transaction);
            await connection.ExecuteAsync(InsertLanguage, new[] { "en", "fr", "es" }.Select(l => new { DocumentId = id, Language = l, Status = l == "en" ? "available" : "pending", AvailableAt = l == "en" ? now : null, Now = now }), transaction);
            var created = await connection.QuerySingleAsync<DocumentRow>(ById, new { Id = id, SeeRestricted = true }, transaction);
            await transaction.CommitAsync();
            return Results.Created($"/documents/{id}", created);
        });

        await app.RunAsync();
        return 0;
    }

    internal sealed record NewDocument(string Symbol, string Type, string Distribution, string OriginalLanguage, Text? Title);

    internal sealed record Text(string? En, string? Fr, string? Es);

    internal sealed class DocumentRow
    {
        public string Id { get; set; } = string.Empty;
        public string Symbol { get; set; } = string.Empty;
        public string ChainSymbol { get; set; } = string.Empty;
        public long Revision { get; set; }
        public long Corrigendum { get; set; }
        public string? SessionId { get; set; }
        public string Type { get; set; } = string.Empty;
        public string Distribution { get; set; } = string.Empty;
        public string OriginalLanguage { get; set; } = string.Empty;
        public string? TitleEn { get; set; }
        public string? TitleFr { get; set; }
        public string? TitleEs { get; set; }
        public long Version { get; set; }
        public string CreatedAt { get; set; } = string.Empty;
        public string CreatedBy { get; set; } = string.Empty;
        public string UpdatedAt { get; set; } = string.Empty;
        public string UpdatedBy { get; set; } = string.Empty;
    }

    internal sealed class LanguageRow
    {
        public string DocumentId { get; set; } = string.Empty;
        public string Language { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public string? AvailableAt { get; set; }
        public string? IssuedAt { get; set; }
    }
}
