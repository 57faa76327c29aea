using Microsoft.AspNetCore.Http.Metadata;

namespace Iom.SharedKernel.Http;

/// <summary>Endpoint metadata raising (or lowering) the host's request body limit for one endpoint, such as a bulk upload.</summary>
public sealed record RequestBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
