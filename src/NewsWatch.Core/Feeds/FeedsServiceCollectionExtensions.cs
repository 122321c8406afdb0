using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace NewsWatch.Core.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>Registers the fetcher, its HTTP client and the parser.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration("NewsWatch:Feeds").ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(FeedFetcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 5,
            });
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<FeedParser>();
        return services;
    }
}
