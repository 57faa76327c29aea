namespace Iom.SharedKernel.Http;

/// <summary>Who is making the request, from the bearer token: recorded in <c>createdBy</c>/<c>updatedBy</c> and the audit trail.</summary>
public interface ICurrentUser
{
    /// <summary>The token's subject (<c>sub</c>).</summary>
    string Subject { get; }

    /// <summary>The client application (<c>client_id</c> or <c>azp</c>), if the token names one.</summary>
    string? ClientId { get; }

    bool HasScope(string scope);
}
