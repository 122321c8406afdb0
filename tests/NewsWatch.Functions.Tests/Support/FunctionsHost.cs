using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsWatch.Core;
using NewsWatch.Testing;

namespace NewsWatch.Functions.Tests.Support;

/// <summary>
/// The services the worker builds (<c>AddNewsWatch</c>) against the shared Azurite, with tables
/// of their own (a unique prefix); function classes are made the way the worker makes them.
/// </summary>
public sealed class FunctionsHost : IAsyncDisposable
{
    /// <summary>An Azurite-shaped connection string to a port nothing listens on: storage that is down.</summary>
    public const string UnreachableStorage =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    private readonly ServiceProvider services;

    private FunctionsHost(ServiceProvider services) => this.services = services;

    public static FunctionsHost Create(AzuriteFixture azurite, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["NewsWatch:Storage"] = azurite.ConnectionString,
                ["NewsWatch:TablePrefix"] = "f" + Guid.NewGuid().ToString("N")[..12],
                ["NewsWatch:Webhooks:AllowPrivateNetworks"] = "true",
                [TestDataKeys.Setting] = TestDataKeys.KeyFile,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (time is not null)
            services.AddSingleton(time);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddNewsWatch(configuration);
        return new FunctionsHost(services.BuildServiceProvider(validateScopes: true));
    }

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    /// <summary>A function class with its constructor's services, as the worker's activator makes it.</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(services);

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
