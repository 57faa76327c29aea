namespace Iom.Api.Host.Security;

/// <summary>
/// <c>dotnet Iom.Api.Host.dll token --subject NAME --scope "governing-bodies:read governing-bodies:write"</c>: prints a token
/// signed with the development key on its last line. Refuses where no development key is configured.
/// </summary>
internal static class TokenCommand
{
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == "token";

    public static int Run(string[] args, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(ApiAuthenticationOptions.Section).Get<ApiAuthenticationOptions>() ?? new ApiAuthenticationOptions();
        if (options.DevelopmentSigningKey is null || !(environment.IsDevelopment() || environment.IsEnvironment("Testing")))
        {
            Console.Error.WriteLine($"token: no development signing key is configured in the '{environment.EnvironmentName}' environment. "
                + "Run with ASPNETCORE_ENVIRONMENT=Development (appsettings.Development.json holds the key), or get a token from the identity provider.");
            return 2;
        }

        var subject = Value(args, "--subject");
        var scopes = Value(args, "--scope");
        if (string.IsNullOrWhiteSpace(subject) || scopes is null)
        {
            Console.Error.WriteLine("usage: token --subject NAME --scope \"module:read module:write\" [--client CLIENT_ID]");
            return 2;
        }

        Console.Error.WriteLine($"token: {options.DevelopmentTokenMinutes} minutes for '{subject}' with scopes '{scopes}'");
        Console.WriteLine(DevelopmentTokens.Create(
            options, subject, scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), DateTimeOffset.UtcNow, Value(args, "--client") ?? "development"));
        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
