using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Core.Feeds;

namespace NewsWatch.IntegrationTests.Feeds;

/// <summary>The fetcher and parser wired exactly as <c>AddFeeds</c> wires them, with options a test may tighten.</summary>
internal sealed class FeedServices : IDisposable
{
    private readonly ServiceProvider provider;

    public FeedServices(Action<FeedOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddFeeds();
        if (configure is not null)
            services.Configure(configure);
        provider = services.BuildServiceProvider();
    }

    public FeedFetcher Fetcher => provider.GetRequiredService<FeedFetcher>();

    public FeedParser Parser => provider.GetRequiredService<FeedParser>();

    public Task<FetchResult> FetchAsync(Uri url, string? etag = null, string? lastModified = null) =>
        Fetcher.FetchAsync(new FeedRequest("test", url, etag, lastModified), TestContext.Current.CancellationToken);

    public void Dispose() => provider.Dispose();
}
