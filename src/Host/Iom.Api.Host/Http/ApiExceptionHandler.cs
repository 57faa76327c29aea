using System.Text.Json;
using FluentValidation;
using Iom.SharedKernel.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Iom.Api.Host.Http;

/// <summary>The one place where exceptions become RFC 9457 problem responses; nothing internal leaks.</summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation),
            ApiException api => Api(api, httpContext),
            BadHttpRequestException badRequest => BadRequest(badRequest),
            SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => Duplicate(),
            SqlException { Number: 2627 or 2601 } => Duplicate(),
            SqliteException { SqliteErrorCode: 5 or 6 or 8 or 10 or 14 } => Unavailable(httpContext),
            SqlException sql when sql.IsTransient || SqlServerUnavailable.Contains(sql.Number) => Unavailable(httpContext),
            OperationCanceledException when !httpContext.RequestAborted.IsCancellationRequested => Unavailable(httpContext),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal server error",
                Detail = "The server failed to answer this request. Quote the traceId when you report it.",
            };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    // Timeouts, lost or refused connections, unavailable databases, deadlock victims, Azure SQL throttling.
    private static readonly HashSet<int> SqlServerUnavailable = [-2, -1, 2, 53, 121, 233, 1205, 4060, 10053, 10054, 10060, 40197, 40501, 40613, 49918, 49919, 49920];

    private static ProblemDetails Validation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid",
            Detail = "See errors for the fields to correct.",
        };
    }

    private static ProblemDetails Api(ApiException exception, HttpContext context)
    {
        if (exception.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = new ProblemDetails
        {
            Status = exception.StatusCode,
            Title = exception.Title,
            Detail = exception.Message,
        };
        problem.Extensions["code"] = exception.Code;
        foreach (var (key, value) in exception.Extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = FieldName((json.Path ?? "$").TrimStart('$', '.'));
            // System.Text.Json's messages name .NET types; say what is wrong in the API's terms instead.
            var message = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "This field is not part of the request; remove it."
                : json is Iom.SharedKernel.Text.ForbiddenCharacterException forbidden
                    ? forbidden.Reason
                    : field.Length == 0
                    ? "The body is not well-formed JSON."
                    : "The value has the wrong type or is not one of the allowed values.";
            field = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? UnmappedMember(json.Message) ?? field
                : field;
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid JSON for this operation",
                Detail = message,
            };
        }

        // "Failed to bind parameter "Nullable<int> Year" from "twenty"." names .NET types; answer with the field instead.
        var binding = BindFailure().Match(exception.Message);
        if (binding.Success)
        {
            var field = FieldName(binding.Groups["name"].Value);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [$"{Iom.SharedKernel.Text.CallerValue.Quote(binding.Groups["value"].Value)} is not a valid {field}."] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is invalid",
                Detail = "See errors for the fields to correct.",
            };
        }

        return new ProblemDetails
        {
            Status = exception.StatusCode,
            Title = exception.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "Request body too large",
                StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
                _ => "The request is malformed",
            },
            Detail = exception.Message,
        };
    }

    private static ProblemDetails Duplicate()
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Duplicate key",
            Detail = "Another request created the same key at the same moment; nothing was written.",
        };
        problem.Extensions["code"] = "duplicate";
        return problem;
    }

    private static ProblemDetails Unavailable(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "2";
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Database busy or unavailable",
            Detail = "Nothing was written. Retry after the number of seconds in Retry-After.",
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("^Failed to bind parameter \"(?:.* )?(?<name>\\w+)\" from \"(?<value>.*)\"\\.$")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    private static string? UnmappedMember(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : null;
    }

    // "Title.En" -> "title.en", "Items[0].Name" -> "items[0].name"
    private static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
