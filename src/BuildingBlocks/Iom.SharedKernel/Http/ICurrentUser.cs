namespace Iom.SharedKernel.Http;

/// <summary>Who is making the request, as recorded in <c>createdBy</c>/<c>updatedBy</c>.</summary>
public interface ICurrentUser
{
    string Subject { get; }
}
