using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.SharedKernel.Idempotency;

/// <summary>
/// Idempotency-Key on POST (IETF httpapi draft): the first request runs; a retry with the same key and body gets the
/// stored response again (status, Location, ETag, body, and Idempotent-Replayed: true); the same key with another body is a
/// 422; a duplicate racing the first is a 409. Keys belong to the caller (token subject and client) and last 24 hours.
/// The stored response is written in the transaction of the change it describes: the command's <see cref="WriteSession"/>.
/// </summary>
public static class IdempotencyFilter
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly string[] StoredHeaders = ["Location", "ETag", "Content-Type"];

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next, ModuleDatabase database)
    {
        return async invocation =>
        {
            var http = invocation.HttpContext;
            if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Headers.TryGetValue(Header, out var values))
            {
                return await next(invocation);
            }

            var key = values.ToString();
            if (key.Length is 0 or > 255 || key.Any(c => c < 0x20 || c > 0x7e))
            {
                throw Invalid.Field(Header, "An Idempotency-Key is 1 to 255 printable ASCII characters.");
            }

            var request = new KeyedRequest(ClientKey(http), key, await RequestHashAsync(http), database.Schema);
            var now = TimeProvider(http).GetUtcNow();
            if (await FindAsync(database, request, now, http.RequestAborted) is { } stored)
            {
                return await ReplayAsync(http, request, stored);
            }

            return await RunOnceAsync(invocation, next, request, now);
        };
    }

    private static async Task<object?> RunOnceAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next, KeyedRequest request, DateTimeOffset now)
    {
        var http = invocation.HttpContext;
        // The command's unit of work: the pipeline completes it without committing, and this filter commits it with the stored response.
        var write = http.RequestServices.GetRequiredService<WriteSession>();
        write.HoldCommitForRequest();
        var original = http.Response.Body;
        try
        {
            var result = await next(invocation);
            if (!write.IsOpen || !write.IsComplete || result is not IResult executable)
            {
                return result;
            }

            // Run the result into a buffer to learn exactly what the client will receive, store it, then commit both.
            using var buffer = new MemoryStream();
            http.Response.Body = buffer;
            await executable.ExecuteAsync(http);
            http.Response.Body = original;
            if (http.Response.StatusCode is >= 200 and < 300)
            {
                await StoreAsync(write, request, http, buffer.ToArray(), now, http.RequestAborted);
            }

            await write.CommitAsync(http.RequestAborted);
            buffer.Position = 0;
            await buffer.CopyToAsync(original, http.RequestAborted);
            return Results.Empty;
        }
        catch (Exception e) when (IsDuplicateKey(e))
        {
            throw new ConflictException("Idempotency key in use", "Another request with this Idempotency-Key was being processed; nothing was written. Retry to get its response.", "idempotency-key-in-use");
        }
        finally
        {
            http.Response.Body = original;
            await write.DisposeAsync();
        }
    }

    private const string FindSql = """
        SELECT request_hash, status_code, response_headers, response_body, required_scopes FROM {schema}.idempotency_records
        WHERE client_key = @ClientKey AND idempotency_key = @Key AND created_at > @Cutoff
        """;

    private const string DeleteExpiredSql = "DELETE FROM {schema}.idempotency_records WHERE client_key = @ClientKey AND created_at <= @Cutoff";

    private const string InsertSql = """
        INSERT INTO {schema}.idempotency_records
            (client_key, idempotency_key, request_hash, status_code, response_headers, response_body, required_scopes, created_at)
        VALUES (@ClientKey, @Key, @Hash, @StatusCode, @Headers, @Body, @RequiredScopes, @Now)
        """;

    /// <summary>The statements for a module's schema; the schema is a name from code, never input.</summary>
    public static IEnumerable<string> Statements(string schema) => [Sql(FindSql, schema), Sql(DeleteExpiredSql, schema), Sql(InsertSql, schema)];

    private static string Sql(string template, string schema) => template.Replace("{schema}", schema, StringComparison.Ordinal);

    private static async Task<StoredResponse?> FindAsync(ModuleDatabase database, KeyedRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredResponse>(database.Command(
            Sql(FindSql, request.Schema), new { request.ClientKey, request.Key, Cutoff = now - Lifetime }, cancellationToken));
    }

    private static async Task StoreAsync(WriteSession write, KeyedRequest request, HttpContext http, byte[] body, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var headers = StoredHeaders.Where(h => http.Response.Headers.ContainsKey(h)).ToDictionary(h => h, h => http.Response.Headers[h].ToString());
        await write.ExecuteRecordAsync(Sql(DeleteExpiredSql, request.Schema), new { request.ClientKey, Cutoff = now - Lifetime }, cancellationToken);
        await write.ExecuteRecordAsync(Sql(InsertSql, request.Schema), new
        {
            request.ClientKey,
            request.Key,
            Hash = request.Hash,
            http.Response.StatusCode,
            Headers = JsonSerializer.Serialize(headers),
            Body = System.Text.Encoding.UTF8.GetString(body),
            RequiredScopes = ScopesUsed.Of(http) is { Count: > 0 } used ? string.Join(' ', used.Order(StringComparer.Ordinal)) : null,
            Now = now,
        }, cancellationToken);
    }

    private static async Task<object?> ReplayAsync(HttpContext http, KeyedRequest request, StoredResponse stored)
    {
        if (!string.Equals(stored.RequestHash, request.Hash, StringComparison.Ordinal))
        {
            throw new UnprocessableException(
                "Idempotency key reused", "This Idempotency-Key was used with another request body; use a new key for a new request.", "idempotency-key-reused");
        }

        // The stored answer may show what only some scopes may read (a restricted document): the caller must hold them now.
        var user = http.RequestServices.GetRequiredService<ICurrentUser>();
        var missing = (stored.RequiredScopes ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(s => !user.HasScope(s)).ToList();
        if (missing.Count > 0)
        {
            throw new ForbiddenException($"The response stored for this Idempotency-Key needs the {string.Join(", ", missing)} scope, which this token lacks; nothing was replayed.");
        }

        http.Response.StatusCode = stored.StatusCode;
        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stored.ResponseHeaders) ?? [])
        {
            http.Response.Headers[name] = value;
        }

        http.Response.Headers[ReplayedHeader] = "true";
        await http.Response.WriteAsync(stored.ResponseBody, http.RequestAborted);
        return Results.Empty;
    }

    private static async Task<string> RequestHashAsync(HttpContext http)
    {
        // The body was buffered by IdempotencyBuffering, so it can be read again after binding.
        http.Request.Body.Position = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        http.Request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    // A hash of the caller keeps the key within SQL Server's 900 bytes however long the subject and client id are.
    private static string ClientKey(HttpContext http) =>
        HashOfCaller($"{http.User.FindFirst("sub")?.Value}|{http.User.FindFirst("client_id")?.Value ?? http.User.FindFirst("azp")?.Value}");

    /// <summary>SHA-256 of the caller's UTF-16 text in upper-case hex: what SQL Server's HASHBYTES('SHA2_256', …) of the NVARCHAR gives.</summary>
    public static string HashOfCaller(string caller) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.Unicode.GetBytes(caller)));

    private static TimeProvider TimeProvider(HttpContext http) =>
        (TimeProvider?)http.RequestServices.GetService(typeof(TimeProvider)) ?? System.TimeProvider.System;

    private static bool IsDuplicateKey(Exception e) =>
        e is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 } or SqlException { Number: 2627 or 2601 }
        && e.Message.Contains("idempotency", StringComparison.OrdinalIgnoreCase);

    private sealed record KeyedRequest(string ClientKey, string Key, string Hash, string Schema);

    private sealed class StoredResponse
    {
        public string RequestHash { get; set; } = string.Empty;
        public int StatusCode { get; set; }
        public string ResponseHeaders { get; set; } = "{}";
        public string ResponseBody { get; set; } = string.Empty;
        public string? RequiredScopes { get; set; }
    }
}
