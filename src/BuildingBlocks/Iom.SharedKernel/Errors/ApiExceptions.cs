using FluentValidation;
using FluentValidation.Results;

namespace Iom.SharedKernel.Errors;

/// <summary>Base of the failures a handler may raise on purpose; the host turns each into an RFC 9457 response.</summary>
public abstract class ApiException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;

    public abstract int StatusCode { get; }

    /// <summary>A short, stable code clients can switch on (for example <c>invalid-transition</c>).</summary>
    public abstract string Code { get; }

    /// <summary>Further members of the problem document.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();

    /// <summary>Seconds after which a retry may succeed, sent as Retry-After; null when retrying cannot help.</summary>
    public virtual int? RetryAfterSeconds => null;
}

public sealed class NotFoundException(string resource, object id)
    : ApiException("Resource not found", $"No {resource} has the id or key '{id}'.")
{
    public override int StatusCode => 404;

    public override string Code => "not-found";
}

public sealed class ForbiddenException(string detail) : ApiException("Forbidden", detail)
{
    public override int StatusCode => 403;

    public override string Code => "forbidden";
}

public sealed class UnprocessableException(string title, string detail, string code) : ApiException(title, detail)
{
    public override int StatusCode => 422;

    public override string Code => code;
}

/// <summary>415: the body is in a format the endpoint does not read.</summary>
public sealed class UnsupportedMediaTypeException(string detail) : ApiException("Unsupported media type", detail)
{
    public override int StatusCode => 415;

    public override string Code => "unsupported-media-type";
}

public class ConflictException(string title, string detail, string code) : ApiException(title, detail)
{
    public override int StatusCode => 409;

    public override string Code => code;
}

public sealed class DuplicateException(string resource, string key, string value)
    : ConflictException("Duplicate key", $"{Text.English.WithArticleCapitalised(resource)} with {key} '{value}' already exists.", "duplicate")
{
}

public sealed class InvalidTransitionException : ConflictException
{
    public InvalidTransitionException(string resource, string action, string currentState, IReadOnlyList<string> allowedActions)
        : base(
            "Action not allowed in the current state",
            $"The {resource} is '{currentState}'; '{action}' is not allowed from there."
                + (allowedActions.Count == 0 ? " No action is allowed any more." : $" Allowed: {string.Join(", ", allowedActions)}."),
            "invalid-transition")
    {
        Extensions["currentState"] = currentState;
        Extensions["allowedActions"] = allowedActions;
    }
}

public sealed class PreconditionFailedException : ApiException
{
    public PreconditionFailedException(int currentVersion)
        : base("Precondition failed", "The resource has changed since the ETag in If-Match was issued; fetch it again and retry.")
    {
        Extensions["currentVersion"] = currentVersion;
    }

    public override int StatusCode => 412;

    public override string Code => "stale-etag";
}

/// <summary>A change or removal sent without If-Match: the caller must say which version it read (RFC 6585).</summary>
public sealed class PreconditionRequiredException() : ApiException(
    "Precondition required", "Send If-Match with the ETag of the version you read, so that you cannot overwrite or remove a change you have not seen.")
{
    public override int StatusCode => 428;

    public override string Code => "if-match-required";
}

/// <summary>A record that cannot be removed while others refer to it; the detail names them.</summary>
public sealed class StillReferencedException(string resource, IReadOnlyList<string> referrers)
    : ConflictException($"The {resource} is still referred to", $"The {resource} cannot be removed while {string.Join(", ", referrers)} refer to it.", "still-referenced")
{
    public IReadOnlyList<string> Referrers { get; } = referrers;
}

/// <summary>
/// A module's store cannot be trusted with this request: its file was removed or replaced while the host ran, or it is
/// read-only. Nothing was written; another host (or this one, restarted) can answer.
/// </summary>
public sealed class StoreUnavailableException(string schema, string reason)
    : ApiException("Module store unavailable", $"The '{schema}' store {reason}. Nothing was written; retry after the number of seconds in Retry-After.")
{
    public override int StatusCode => 503;

    public override string Code => "store-unavailable";

    public override int? RetryAfterSeconds => 30;
}

/// <summary>Raised for input that passes its validator but fails a check against stored data.</summary>
public static class Invalid
{
    public static ValidationException Field(string field, string message) =>
        new(message, [new ValidationFailure(field, message)]);
}
