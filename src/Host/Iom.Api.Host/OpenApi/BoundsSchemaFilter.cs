using System.Globalization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// Bounds for every value a schema describes, so that clients and linters never see an unbounded string, integer, array
/// or map. Validator limits come first (<see cref="ValidationRulesSchemaFilter"/>); where none applies, the bound is the
/// one the value really has: a uuid's or a date's length, an int32's range, a page's size, or a stated default.
/// </summary>
internal sealed class BoundsSchemaFilter : ISchemaFilter
{
    public const int DefaultStringLength = 4000;
    public const int DefaultItems = 1000;
    public const int DefaultProperties = 200;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema target)
        {
            Bound(target);
            foreach (var property in (target.Properties ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
            {
                Bound(property);
                if (property.Items is OpenApiSchema items)
                {
                    Bound(items);
                }
            }

            if (target.Items is OpenApiSchema elements)
            {
                Bound(elements);
            }
        }
    }

    public static void Bound(OpenApiSchema schema)
    {
        var type = schema.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String) && schema.MaxLength is null && schema.Enum is not { Count: > 0 })
        {
            schema.MaxLength = schema.Format switch
            {
                "uuid" => 36,
                "date" => 10,
                "time" => 16,
                "date-time" => 40,
                _ => DefaultStringLength,
            };
        }

        if (type.HasFlag(JsonSchemaType.Integer) && (schema.Minimum is null || schema.Maximum is null))
        {
            var (min, max) = schema.Format == "int64" ? (long.MinValue, long.MaxValue) : (int.MinValue, int.MaxValue);
            schema.Minimum ??= min.ToString(CultureInfo.InvariantCulture);
            schema.Maximum ??= max.ToString(CultureInfo.InvariantCulture);
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            schema.MaxItems ??= DefaultItems;
        }

        if (type.HasFlag(JsonSchemaType.Object) && schema.AdditionalProperties is not null)
        {
            schema.MaxProperties ??= DefaultProperties;
        }
    }
}
