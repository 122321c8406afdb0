using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core;
using Xunit;

namespace NewsWatch.Testing;

/// <summary>
/// NewsWatch's real services against the shared Azurite, with tables of their own (a unique
/// prefix) so that tests running side by side never see each other's data.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private TestHost(ServiceProvider services, string connectionString, string tablePrefix)
    {
        this.services = services;
        ConnectionString = connectionString;
        TablePrefix = tablePrefix;
    }

    public string ConnectionString { get; }

    public string TablePrefix { get; }

    public FakeTimeProvider? Time => services.GetService<TimeProvider>() as FakeTimeProvider;

    /// <param name="logs">Where every log entry goes, at every level; without it, warnings and worse go nowhere.</param>
    /// <param name="configure">Changes to the services after NewsWatch's own (a test's name resolution, say).</param>
    public static TestHost Create(AzuriteFixture azurite, FakeTimeProvider? time = null, IDictionary<string, string?>? settings = null, ILoggerProvider? logs = null, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["NewsWatch:Storage"] = azurite.ConnectionString,
                ["NewsWatch:TablePrefix"] = prefix,
                ["NewsWatch:Webhooks:AllowPrivateNetworks"] = "true",
                // Every test feed is served from 127.0.0.1, and fake time never lets a gap pass
                // on its own: tests of host politeness set their own limits.
                ["NewsWatch:Feeds:Hosts:MaxInFlight"] = "64",
                ["NewsWatch:Feeds:Hosts:MinGap"] = "00:00:00",
                [TestDataKeys.Setting] = TestDataKeys.KeyFile,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddLogging(logging =>
        {
            logging.SetMinimumLevel(logs is null ? LogLevel.Warning : LogLevel.Trace);
            if (logs is not null)
                logging.AddProvider(logs);
        });
        if (time is not null)
            services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddNewsWatch(configuration);
        configure?.Invoke(services);
        return new TestHost(services.BuildServiceProvider(validateScopes: true), azurite.ConnectionString, prefix);
    }

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    /// <summary>The services themselves, for a host made from them (the local server).</summary>
    public IServiceProvider Services => services;

    /// <summary>The raw table, to check what really landed in storage.</summary>
    public TableClient Table(string name) => new TableServiceClient(ConnectionString).GetTableClient(TablePrefix + name);

    /// <summary>Every row of a table as stored, to check what really landed.</summary>
    public async Task<List<TableEntity>> RowsAsync(string name)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table(name).QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken))
            rows.Add(row);
        return rows;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
