using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Core;
using NewsWatch.Core.Storage.Emulator;

namespace NewsWatch.Cli.Hosting;

/// <summary>
/// NewsWatch's services for one CLI invocation: configuration from appsettings.json, the
/// environment (<c>NewsWatch__…</c>) and the command line, and local Azurite when needed.
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly IHost host;
    private readonly AzuriteEmulator? azurite;

    private CliHost(IHost host, AzuriteEmulator? azurite)
    {
        this.host = host;
        this.azurite = azurite;
    }

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    /// <summary>The services, for the local server that makes the API's function classes from them.</summary>
    public IServiceProvider Services => host.Services;

    /// <summary>Cancelled when the host is asked to stop: Ctrl+C or SIGTERM, which the host's console lifetime takes.</summary>
    public CancellationToken Stopping => Get<IHostApplicationLifetime>().ApplicationStopping;

    /// <summary>Starts the host; with <paramref name="usesStorage"/> false (classify, eval) no emulator is started.</summary>
    public static async Task<CliHost> StartAsync(GlobalOptions global, TextWriter output, bool usesStorage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(global);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddInMemoryCollection(global.ConfigurationOverrides());
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true);
        builder.Services.AddNewsWatch(builder.Configuration);

        var host = builder.Build();
        var storage = host.Services.GetRequiredService<IOptions<NewsWatchOptions>>().Value.Storage;
        var azurite = usesStorage ? await LocalAzurite.EnsureRunningAsync(storage, output, cancellationToken) : null;
        try
        {
            await host.StartAsync(cancellationToken);
            return new CliHost(host, azurite);
        }
        catch
        {
            host.Dispose();
            if (azurite is not null)
                await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        if (azurite is not null)
            await azurite.DisposeAsync();
    }
}
