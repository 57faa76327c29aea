using System.Globalization;
using Iom.SharedKernel.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Iom.SharedKernel.Http;

/// <summary>A resource with an optimistic-concurrency version, exposed as its ETag.</summary>
public interface IVersionedResource
{
    int Version { get; }
}

/// <summary>ETag, If-None-Match and If-Match over a resource's integer version.</summary>
public static class ConditionalRequests
{
    public static string ETagFor(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version the caller's If-Match names, null when absent or <c>*</c>; an unreadable tag can match nothing (412).</summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        if (EntityTagHeaderValue.TryParseList([header], out var tags) && tags.Count == 1
            && int.TryParse(tags[0].Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new PreconditionFailedException(-1);
    }

    /// <summary>
    /// The version If-Match names on a change or removal that requires one (PATCH, DELETE): 428 when absent; null for
    /// <c>*</c> (whatever the current version is).
    /// </summary>
    public static int? RequiredVersion(HttpRequest request) =>
        string.IsNullOrWhiteSpace(request.Headers.IfMatch.ToString()) ? throw new PreconditionRequiredException() : ExpectedVersion(request);

    /// <summary>200 with the ETag, or 304 when If-None-Match already names it.</summary>
    public static IResult Ok<T>(HttpContext context, T resource)
        where T : IVersionedResource
    {
        var etag = ETagFor(resource.Version);
        context.Response.Headers.ETag = etag;
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        if (!string.IsNullOrEmpty(ifNoneMatch)
            && EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)
            && tags.Any(t => t.Tag == "*" || t.Tag == etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Ok(resource);
    }

    /// <summary>201 for a resource created in the collection the request was posted to, at <c>{collection}/{id}</c>.</summary>
    public static IResult CreatedInCollection<T>(HttpContext context, Guid id, T resource)
        where T : IVersionedResource =>
        Created(context, $"{context.Request.PathBase}{context.Request.Path.Value?.TrimEnd('/')}/{id}", resource);

    /// <summary>201 with Location and ETag.</summary>
    public static IResult Created<T>(HttpContext context, string location, T resource)
        where T : IVersionedResource
    {
        context.Response.Headers.ETag = ETagFor(resource.Version);
        return Results.Created(location, resource);
    }
}
