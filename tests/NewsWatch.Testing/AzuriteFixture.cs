using NewsWatch.Core.Storage.Emulator;
using Xunit;

namespace NewsWatch.Testing;

/// <summary>One in-memory Azurite for the whole test run, on a free loopback port, stopped at the end.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteEmulator? emulator;

    public string ConnectionString => emulator?.ConnectionString ?? throw new InvalidOperationException("Azurite is not running.");

    public async ValueTask InitializeAsync()
    {
        var root = AzuriteInstaller.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"No package.json pinning Azurite above {AppContext.BaseDirectory}.");
        emulator = await AzuriteEmulator.StartAsync(root, port: 0, dataFolder: null, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (emulator is not null)
            await emulator.DisposeAsync();
    }
}
