using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using NewsWatch.Core.Storage.Emulator;

namespace NewsWatch.Dashboard.Tests.Browser;

/// <summary>
/// Runs one scenario of <c>browser/scenarios.mjs</c> in a real headless Chromium (from the npm
/// package <c>@sparticuz/chromium</c>, driven by <c>puppeteer-core</c>) and returns what the
/// browser saw, as JSON. The packages are installed from the folder's own lock file on first use.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(2);

    // One browser at a time: each takes a core, and the machine running the tests may have two.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static string Folder { get; } = Path.Combine(DashboardAssetsTests.RepositoryRoot(), "tests", "NewsWatch.Dashboard.Tests", "browser");

    public static async Task<JsonElement> RunAsync(string scenario, object arguments, CancellationToken cancellationToken)
    {
        Assert.SkipUnless(
            OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64,
            "The test browser, @sparticuz/chromium, is built for Linux on x64 only.");
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(Path.Combine(Folder, "node_modules", "puppeteer-core", "package.json")))
                await AzuriteInstaller.RunNpmCiAsync(Folder, cancellationToken);
            return await RunNodeAsync(scenario, JsonSerializer.Serialize(arguments), cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static async Task<JsonElement> RunNodeAsync(string scenario, string arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "scenarios.mjs", scenario, arguments })
            info.ArgumentList.Add(argument);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        using var node = Process.Start(info) ?? throw new InvalidOperationException("node could not be started: is Node.js installed?");
        var output = node.StandardOutput.ReadToEndAsync(budget.Token);
        var errors = node.StandardError.ReadToEndAsync(budget.Token);
        try
        {
            await node.WaitForExitAsync(budget.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw;
        }

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (node.ExitCode != 0 || lines.Length == 0)
            throw new InvalidOperationException($"Scenario '{scenario}' could not run (exit {node.ExitCode}): {await errors}");
        using var document = JsonDocument.Parse(lines[^1]);
        // A scenario that threw says so in its answer: its reason is the failure to show, not a missing field later.
        if (document.RootElement.TryGetProperty("failed", out var failed))
            Assert.Fail($"Scenario '{scenario}' failed in the browser: {failed}");
        return document.RootElement.Clone();
    }
}
