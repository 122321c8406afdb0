using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsWatch.Core.Feeds;

public static class FeedsServiceCollectionExtensions
{
    private const string Accept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, " +
        "application/xml;q=0.9, text/xml;q=0.8, application/json;q=0.8, text/html;q=0.5, */*;q=0.3";

    /// <summary>Registers the fetcher, its HTTP client and the parser.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration("NewsWatch:Feeds").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(FeedFetcher.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                // FeedFetcher enforces its own deadline over headers and body together.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", provider.GetRequiredService<IOptions<FeedOptions>>().Value.UserAgent);
                client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", Accept);
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // Where feeds may not reach internal addresses (in Azure), every hop, redirects
                // and discovered feeds included, connects only to a checked public address.
                ConnectCallback = new Network.OutboundGuard(provider.GetRequiredService<IOptions<FeedOptions>>().Value.AllowPrivateNetworks).ConnectAsync,
                UseProxy = false,
                // Setting this also sends Accept-Encoding: gzip, deflate, br.
                AutomaticDecompression = DecompressionMethods.All,
                // Redirects are followed by FeedFetcher so it knows whether every hop was permanent.
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(15),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        // One gate for the process: host limits hold across parallel polls and across cycles.
        services.AddSingleton<Politeness.HostGate>();
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<FeedParser>();
        services.AddSingleton<Sources.SearchParser>();
        return services;
    }
}
