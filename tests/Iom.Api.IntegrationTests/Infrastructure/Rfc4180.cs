namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The grammar of RFC 4180 §2, read strictly: records end with CRLF (the last may end without), a field is either
/// free of comma, quote, CR and LF, or quoted with inner quotes doubled; every record has the header's field count.
/// Non-ASCII text is allowed (the text/csv charset parameter, RFC 7111, names UTF-8).
/// </summary>
public static class Rfc4180
{
    /// <summary>The records of <paramref name="text"/>, or the first place it breaks the grammar.</summary>
    public static (List<string[]> Records, string? Violation) Read(string text)
    {
        var records = new List<string[]>();
        var position = 0;
        while (position < text.Length)
        {
            var fields = new List<string>();
            while (true)
            {
                var (field, error) = Field(text, ref position);
                if (error is not null)
                {
                    return (records, $"record {records.Count + 1}: {error}");
                }

                fields.Add(field);
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    continue;
                }

                break;
            }

            if (position < text.Length)
            {
                if (string.CompareOrdinal(text, position, "\r\n", 0, 2) != 0)
                {
                    return (records, $"record {records.Count + 1}: a line ends with {Describe(text, position)}, not CRLF");
                }

                position += 2;
            }

            if (records.Count > 0 && fields.Count != records[0].Length)
            {
                return (records, $"record {records.Count + 1}: {fields.Count} fields, the header has {records[0].Length}");
            }

            records.Add([.. fields]);
        }

        return (records, records.Count == 0 ? "no header" : null);
    }

    /// <summary>The records of a CSV answer, failing the test where it breaks the grammar.</summary>
    public static List<string[]> Records(string text)
    {
        var (records, violation) = Read(text);
        Assert.That(violation, Is.Null, "RFC 4180");
        return records;
    }

    private static (string Field, string? Error) Field(string text, ref int position)
    {
        if (position < text.Length && text[position] == '"')
        {
            var value = new System.Text.StringBuilder();
            for (position++; position < text.Length; position++)
            {
                if (text[position] != '"')
                {
                    value.Append(text[position]);
                }
                else if (position + 1 < text.Length && text[position + 1] == '"')
                {
                    value.Append('"');
                    position++;
                }
                else
                {
                    position++;
                    return position < text.Length && text[position] is not (',' or '\r')
                        ? (string.Empty, $"{Describe(text, position)} after a closing quote")
                        : (value.ToString(), null);
                }
            }

            return (string.Empty, "a quoted field is not closed");
        }

        var start = position;
        while (position < text.Length && text[position] is not (',' or '\r' or '\n' or '"'))
        {
            position++;
        }

        return position < text.Length && text[position] == '"'
            ? (string.Empty, "a quote inside an unquoted field")
            : (text[start..position], null);
    }

    private static string Describe(string text, int position) => text[position] switch
    {
        '\n' => "a bare LF",
        '\r' => "a bare CR",
        var c => $"'{c}'",
    };
}
