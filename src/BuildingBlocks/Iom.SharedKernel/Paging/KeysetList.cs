using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.SharedKernel.Paging;

public enum KeyKind
{
    Text,
    Integer,
    Date,
    Instant,
}

/// <summary>A field a list may be sorted by: its API name, its SQL column and how to read its value from a row.</summary>
public sealed record SortableField<TRow>(string Name, string Column, KeyKind Kind, Func<TRow, object?> Key);

/// <summary>
/// Keyset pagination over a fixed SELECT: <c>sort=field,-other</c> over a whitelist of non-null columns, the row id as
/// the final tie-breaker, and an opaque cursor that carries the last row's keys (so the cost does not grow with depth
/// and inserts do not shift pages).
/// </summary>
public sealed class KeysetList<TRow>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    private readonly Dictionary<string, SortableField<TRow>> _fields;
    private readonly string _idColumn;
    private readonly Func<TRow, string> _id;
    private readonly Func<string, object> _parseId;
    private readonly string _defaultSort;

    /// <summary>A list of rows with a uuid id, the final tie-breaker.</summary>
    public KeysetList(string idColumn, Func<TRow, Guid> id, string defaultSort, params SortableField<TRow>[] fields)
        : this(idColumn, r => id(r).ToString(), text => Guid.Parse(text), defaultSort, fields)
    {
    }

    private KeysetList(string idColumn, Func<TRow, string> id, Func<string, object> parseId, string defaultSort, SortableField<TRow>[] fields)
    {
        _idColumn = idColumn;
        _id = id;
        _parseId = parseId;
        _defaultSort = defaultSort;
        _fields = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>A list of rows whose key is a code (reference data), the final tie-breaker.</summary>
    public KeysetList(string codeColumn, Func<TRow, string> code, string defaultSort, params SortableField<TRow>[] fields)
        : this(codeColumn, code, text => text, defaultSort, fields)
    {
    }

    public IEnumerable<string> FieldNames => _fields.Keys;

    /// <summary>The columns a page may be ordered by, as the SQL names them.</summary>
    public IEnumerable<string> SortColumns => _fields.Values.Select(f => f.Column);

    /// <summary>Reads one page; <paramref name="selectFrom"/> is the constant SELECT ... FROM part, without WHERE or ORDER BY.</summary>
    public async Task<Page<TRow>> ReadAsync(
        IDbSession session,
        string selectFrom,
        SqlFilter filter,
        PageRequest request,
        CancellationToken cancellationToken)
    {
        var (sql, limit, sortText, sort) = Build(session.Dialect, selectFrom, filter, request);
        var rows = (await session.QueryAsync<TRow>(sql, filter.Parameters, cancellationToken)).ToList();
        if (rows.Count <= limit)
        {
            return new Page<TRow>(rows, null);
        }

        rows.RemoveAt(limit);
        return new Page<TRow>(rows, EncodeCursor(sortText, sort, rows[^1]));
    }

    /// <summary>The SQL a page read runs (filter, keyset condition, order, limit); adds its parameters to <paramref name="filter"/>.</summary>
    public string BuildSql(SqlDialect dialect, string selectFrom, SqlFilter filter, PageRequest request) =>
        Build(dialect, selectFrom, filter, request).Sql;

    /// <summary>A cursor positioned after <paramref name="row"/> for <paramref name="sort"/> (or the default sort).</summary>
    public string CursorAfter(TRow row, string? sort = null)
    {
        var sortText = string.IsNullOrWhiteSpace(sort) ? _defaultSort : sort.Trim();
        return EncodeCursor(sortText, ParseSort(sortText), row);
    }

    private (string Sql, int Limit, string SortText, List<(SortableField<TRow> Field, bool Descending)> Sort) Build(
        SqlDialect dialect, string selectFrom, SqlFilter filter, PageRequest request)
    {
        var limit = request.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            throw Invalid.Field("limit", $"limit must be between 1 and {MaxLimit}.");
        }

        var sortText = string.IsNullOrWhiteSpace(request.Sort) ? _defaultSort : request.Sort.Trim();
        var sort = ParseSort(sortText);
        if (request.Cursor is not null)
        {
            AddKeysetCondition(filter, sort, DecodeCursor(request.Cursor, sortText, sort));
        }

        var orderBy = string.Join(", ", sort.Select(s => s.Field.Column + (s.Descending ? " DESC" : " ASC")).Append(_idColumn + (IdDescending(sort) ? " DESC" : " ASC")));
        filter.Parameters.Add("PageTake", limit + 1);
        return ($"{selectFrom} {filter.ToWhereClause()} ORDER BY {orderBy} {dialect.LimitClause("@PageTake")}", limit, sortText, sort);
    }

    private List<(SortableField<TRow> Field, bool Descending)> ParseSort(string sortText)
    {
        var result = new List<(SortableField<TRow>, bool)>();
        foreach (var part in sortText.Split(',', StringSplitOptions.TrimEntries))
        {
            var descending = part.StartsWith('-');
            var name = descending ? part[1..] : part;
            if (!_fields.TryGetValue(name, out var field))
            {
                throw Invalid.Field("sort", $"Cannot sort by '{name}'. Sortable fields: {string.Join(", ", _fields.Keys)}.");
            }

            if (result.Any(r => r.Item1.Name == name))
            {
                throw Invalid.Field("sort", $"'{name}' appears twice in sort.");
            }

            result.Add((field, descending));
        }

        return result;
    }

    // The id breaks ties in the direction of the last sort field, so that a one-field sort in either direction is one
    // scan of an (x, id) index, forwards or backwards.
    private static bool IdDescending(List<(SortableField<TRow> Field, bool Descending)> sort) => sort[^1].Descending;

    // a >= @k0 AND ((a > @k0) OR (a = @k0 AND b < @k1) OR (a = @k0 AND b = @k1 AND id > @kid)): the leading bound lets an
    // index on a seek to the cursor instead of reading from the start.
    private void AddKeysetCondition(SqlFilter filter, List<(SortableField<TRow> Field, bool Descending)> sort, CursorKeys keys)
    {
        var alternatives = new List<string>();
        for (var i = 0; i <= sort.Count; i++)
        {
            var parts = new List<string>();
            for (var j = 0; j < i; j++)
            {
                parts.Add($"{sort[j].Field.Column} = @PageKey{j}");
            }

            parts.Add(i < sort.Count
                ? $"{sort[i].Field.Column} {(sort[i].Descending ? "<" : ">")} @PageKey{i}"
                : $"{_idColumn} {(IdDescending(sort) ? "<" : ">")} @PageKeyId");
            alternatives.Add("(" + string.Join(" AND ", parts) + ")");
        }

        for (var i = 0; i < sort.Count; i++)
        {
            filter.Parameters.Add($"PageKey{i}", keys.Values[i]);
        }

        filter.Parameters.Add("PageKeyId", keys.Id);
        var bound = $"{sort[0].Field.Column} {(sort[0].Descending ? "<=" : ">=")} @PageKey0";
        filter.Where(bound + " AND (" + string.Join(" OR ", alternatives) + ")");
    }

    private string EncodeCursor(string sortText, List<(SortableField<TRow> Field, bool Descending)> sort, TRow last)
    {
        var payload = new CursorPayload(
            sortText,
            sort.Select(s => FormatKey(s.Field.Kind, s.Field.Key(last))).ToArray(),
            _id(last));
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
    }

    private CursorKeys DecodeCursor(string cursor, string sortText, List<(SortableField<TRow> Field, bool Descending)> sort)
    {
        CursorPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<CursorPayload>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            payload = null;
        }

        if (payload?.Keys is null || payload.Keys.Length != sort.Count)
        {
            throw Invalid.Field("cursor", "The cursor is not one this list issued.");
        }

        if (!string.Equals(payload.Sort, sortText, StringComparison.Ordinal))
        {
            throw Invalid.Field("cursor", "The cursor was issued for another sort order; send the same sort with it.");
        }

        try
        {
            var values = sort.Select((s, i) => ParseKey(s.Field.Kind, payload.Keys[i])).ToArray();
            return new CursorKeys(values, _parseId(payload.Id ?? throw new FormatException()));
        }
        catch (FormatException)
        {
            throw Invalid.Field("cursor", "The cursor is not one this list issued.");
        }
    }

    private static string? FormatKey(KeyKind kind, object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => kind == KeyKind.Text ? value.ToString() : throw new InvalidOperationException($"Unsupported key {value.GetType()}"),
    };

    private static object ParseKey(KeyKind kind, string? text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return kind switch
        {
            KeyKind.Text => text,
            KeyKind.Integer => long.Parse(text, CultureInfo.InvariantCulture),
            KeyKind.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            KeyKind.Instant => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            _ => throw new FormatException(),
        };
    }

    // A uuid id is written as its text, as it was when ids were uuids only: cursors issued before still read.
    private sealed record CursorPayload(string Sort, string?[] Keys, string? Id);

    private sealed record CursorKeys(object[] Values, object Id);
}

/// <summary>The paging part of a list request.</summary>
public readonly record struct PageRequest(string? Sort, int? Limit, string? Cursor);
