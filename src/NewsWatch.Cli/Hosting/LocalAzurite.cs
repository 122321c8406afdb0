using NewsWatch.Core.Storage.Emulator;

namespace NewsWatch.Cli.Hosting;

/// <summary>
/// Starts Azurite for the development storage connection string when nothing is listening
/// on its table port, keeping its data in the repository's git-ignored <c>.azurite/</c> folder.
/// </summary>
internal static class LocalAzurite
{
    private const int DevelopmentTablePort = 10002;

    public static async Task<AzuriteEmulator?> EnsureRunningAsync(string storage, TextWriter output, CancellationToken cancellationToken)
    {
        if (!IsDevelopmentStorage(storage) || await AzuriteEmulator.IsListeningAsync(DevelopmentTablePort, cancellationToken))
            return null;

        var root = AzuriteInstaller.FindRepositoryRoot(Environment.CurrentDirectory) ?? AzuriteInstaller.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException(
                $"Nothing listens on 127.0.0.1:{DevelopmentTablePort} and no NewsWatch checkout is here to start Azurite from. Start Azurite, or set NewsWatch:Storage.");
        if (!AzuriteInstaller.IsInstalled(root))
            await output.WriteLineAsync("Installing Azurite (npm ci)...");
        var dataFolder = Path.Combine(root, ".azurite");
        var emulator = await AzuriteEmulator.StartAsync(root, DevelopmentTablePort, dataFolder, cancellationToken);
        await output.WriteLineAsync($"Started Azurite on 127.0.0.1:{DevelopmentTablePort} (data in {dataFolder}); it stops when NewsWatch exits.");
        return emulator;
    }

    private static bool IsDevelopmentStorage(string storage) =>
        storage.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase);
}
