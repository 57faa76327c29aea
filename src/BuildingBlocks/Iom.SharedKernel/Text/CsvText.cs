using System.Text;

namespace Iom.SharedKernel.Text;

/// <summary>
/// Appends CSV lines (RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled, every line ended by
/// CRLF, on which SDMX-CSV builds too) to a buffer that the caller writes to the response asynchronously. A library
/// writer (Sep) would write synchronously to its TextWriter.
/// </summary>
public static class CsvText
{
    public static StringBuilder AppendRow(StringBuilder buffer, params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                buffer.Append(',');
            }

            var field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                buffer.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                buffer.Append(field);
            }
        }

        return buffer.Append("\r\n");
    }
}
