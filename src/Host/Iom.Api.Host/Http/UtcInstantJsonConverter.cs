using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iom.Api.Host.Http;

/// <summary>Instants leave the API in UTC with a Z (<c>2024-11-26T09:00:00Z</c>); any offset is accepted coming in.</summary>
internal sealed class UtcInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
