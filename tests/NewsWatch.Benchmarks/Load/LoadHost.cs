using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsWatch.Core;
using NewsWatch.Core.Storage.Emulator;
using NewsWatch.Testing;

namespace NewsWatch.Benchmarks.Load;

/// <summary>NewsWatch's real services on a fresh in-memory Azurite, as the CLI composes them.</summary>
internal sealed class LoadHost : IAsyncDisposable
{
    private readonly AzuriteEmulator azurite;
    private readonly ServiceProvider services;

    private LoadHost(AzuriteEmulator azurite, ServiceProvider services, ShiftedTime time)
    {
        this.azurite = azurite;
        this.services = services;
        Time = time;
    }

    public ShiftedTime Time { get; }

    /// <summary>Azurite's node process, for its memory.</summary>
    public int? AzuritePid { get; private set; }

    public static async Task<LoadHost> StartAsync(IDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var root = AzuriteInstaller.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Run the harness from inside the repository: its package.json pins Azurite.");
        var azurite = await AzuriteEmulator.StartAsync(root, port: 0, dataFolder: null, cancellationToken);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["NewsWatch:Storage"] = azurite.ConnectionString,
                ["NewsWatch:Webhooks:AllowPrivateNetworks"] = "true",
                [TestDataKeys.Setting] = TestDataKeys.KeyFile,
            })
            .AddInMemoryCollection(settings)
            .Build();
        var time = new ShiftedTime();
        var collection = new ServiceCollection().AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Error));
        collection.AddSingleton<TimeProvider>(time);
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddNewsWatch(configuration);
        return new LoadHost(azurite, collection.BuildServiceProvider(validateScopes: true), time)
        {
            AzuritePid = ProcessMemory.ChildNamed("node"),
        };
    }

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await azurite.DisposeAsync();
    }
}
