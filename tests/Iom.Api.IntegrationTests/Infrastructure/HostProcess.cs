using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The host as operators run it: <c>dotnet Iom.Api.Host.dll</c> in a process of its own, from a working folder of the
/// test's choosing, with settings in environment variables; its output is kept for the assertions.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The host's build output, copied beside the tests with its appsettings files.</summary>
    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "Iom.Api.Host.dll");

    public int Port { get; }

    /// <summary>The process id, for signals.</summary>
    public int Id => _process.Id;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// What a production host needs to start on <paramref name="dataDirectory"/> and accept the tests' tokens, with
    /// <paramref name="more"/> on top.
    /// </summary>
    public static Dictionary<string, string> Settings(string dataDirectory, IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Sqlite__Directory"] = dataDirectory,
            ["Authentication__Issuer"] = TestTokens.Issuer,
            ["Authentication__Audience"] = TestTokens.Audience,
            ["Authentication__SigningKeys__0"] = TestTokens.PublicKeyPem,
        };
        foreach (var (name, value) in more ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }

        return settings;
    }

    /// <summary>Starts the host (or one of its commands, through <paramref name="arguments"/>) in <paramref name="workingDirectory"/>.</summary>
    public static HostProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll);
        foreach (var argument in arguments.Length > 0 ? arguments : ["--urls", $"http://127.0.0.1:{port}"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new HostProcess(Process.Start(start)!, port);
    }

    /// <summary>Waits for the process to end; false if it is still running after <paramref name="seconds"/>.</summary>
    public async Task<bool> WaitForExitAsync(int seconds)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200; fails the test with the host's output if it does not.</summary>
    public async Task WaitUntilReadyAsync(int seconds = 60)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The host on port {Port} was not ready within {seconds} s. Its output:\n{Output}");
    }

    /// <summary>Ends the process at once, as a crash or <c>kill -9</c> would.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
