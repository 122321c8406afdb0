using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NewsWatch.Core.Storage.Emulator;

/// <summary>
/// Azurite's table service run as a child process for local runs and tests: installed from
/// the repository's npm manifest when missing, on a chosen or free loopback port, and
/// stopped (with its whole process tree) when disposed.
/// </summary>
public sealed class AzuriteEmulator : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account, the same on every machine.</summary>
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;

    private AzuriteEmulator(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => ConnectionStringFor(Port);

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/{AccountName};";

    /// <summary>Starts the table service. Port 0 picks a free one; a null data folder keeps everything in memory.</summary>
    public static async Task<AzuriteEmulator> StartAsync(string repositoryRoot, int port, string? dataFolder, CancellationToken cancellationToken)
    {
        await AzuriteInstaller.EnsureInstalledAsync(repositoryRoot, cancellationToken);
        var chosenPort = port == 0 ? FreeLoopbackPort() : port;
        var process = Process.Start(StartInfo(repositoryRoot, chosenPort, dataFolder))
            ?? throw new InvalidOperationException("Azurite could not be started.");
        var emulator = new AzuriteEmulator(process, chosenPort);
        try
        {
            await emulator.WaitUntilListeningAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>True when something accepts connections on the port: an emulator already running.</summary>
    public static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // It already exited: nothing to stop.
        }

        process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string repositoryRoot, int port, string? dataFolder)
    {
        var script = Path.Combine(repositoryRoot, "node_modules", "azurite", "dist", "src", "table", "main.js");
        // In a session of its own, a Ctrl+C meant for NewsWatch does not kill the emulator
        // under the cycle that is still finishing; NewsWatch stops it when done.
        var ownSession = OperatingSystem.IsLinux() && File.Exists("/usr/bin/setsid");
        var info = new ProcessStartInfo(ownSession ? "/usr/bin/setsid" : "node")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (ownSession)
            info.ArgumentList.Add("node");
        foreach (var argument in new[] { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture), "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl" })
            info.ArgumentList.Add(argument);
        if (dataFolder is null)
        {
            info.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            info.ArgumentList.Add("--location");
            info.ArgumentList.Add(dataFolder);
        }

        return info;
    }

    private async Task WaitUntilListeningAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        // Drain the child's output so a full pipe can never block it.
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Azurite exited at start: {await errors}{await output}".Trim());
            if (await IsListeningAsync(Port, cancellationToken))
                return;
            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"Azurite did not listen on port {Port} within {limit.TotalSeconds:0} s.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
