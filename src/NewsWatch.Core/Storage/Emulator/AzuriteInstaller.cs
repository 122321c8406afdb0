using System.Diagnostics;

namespace NewsWatch.Core.Storage.Emulator;

/// <summary>Installs the Azurite version pinned in the repository's npm lock file, once, when it is missing.</summary>
public static class AzuriteInstaller
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static bool IsInstalled(string repositoryRoot) =>
        File.Exists(Path.Combine(repositoryRoot, "node_modules", "azurite", "dist", "src", "table", "main.js"));

    public static async Task EnsureInstalledAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        if (IsInstalled(repositoryRoot))
            return;
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (!IsInstalled(repositoryRoot))
                await RunNpmCiAsync(repositoryRoot, cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> whose package.json pins Azurite.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var manifest = Path.Combine(folder.FullName, "package.json");
            if (File.Exists(manifest) && File.ReadAllText(manifest).Contains("\"azurite\"", StringComparison.Ordinal))
                return folder.FullName;
        }

        return null;
    }

    /// <summary>Installs the packages a folder's npm lock file pins (the test browser has a manifest of its own).</summary>
    public static async Task RunNpmCiAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("npm")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            info.ArgumentList.Add(argument);

        using var npm = Process.Start(info) ?? throw new InvalidOperationException("npm could not be started: is Node.js installed?");
        var output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0)
            throw new InvalidOperationException($"'npm ci' failed in {repositoryRoot} (exit {npm.ExitCode}): {await errors}{await output}".Trim());
    }
}
