using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Network;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Secrets;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Core;

public static class NewsWatchServiceCollectionExtensions
{
    /// <summary>Everything a host needs to run NewsWatch, bound to the <c>NewsWatch</c> configuration section.</summary>
    public static IServiceCollection AddNewsWatch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NewsWatchOptions>().Bind(configuration.GetSection(NewsWatchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ClassificationOptions>().Bind(configuration.GetSection("NewsWatch:Classification")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection("NewsWatch:Alerts")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection("NewsWatch:Webhooks")).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddFeeds();
        services.AddWebSub();
        services.AddClassification();
        services.AddSecrets(configuration);
        AddStorage(services);
        AddWebhooks(services);
        services.AddSingleton<Outbox>();
        services.AddSingleton<AlertRaiser>();
        services.AddSingleton<ItemProcessor>();
        services.AddSingleton<FeedIntake>();
        services.AddSingleton<FeedRemoval>();
        services.AddSingleton<SharedHostPauses>();
        services.AddSingleton<PollCycle>();
        services.AddSingleton<DeliveryCycle>();
        return services;
    }

    private static void AddStorage(IServiceCollection services)
    {
        services.AddSingleton<TableStore>();
        services.AddSingleton<FeedStore>();
        services.AddSingleton<HubSubscriptionStore>();
        services.AddSingleton<WebSub.FeedPushListing>();
        services.AddSingleton<HostPauseStore>();
        services.AddSingleton<Sources.SearchSources>();
        services.AddSingleton<ItemStore>();
        services.AddSingleton<AlertStore>();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<StoryStore>();
        services.AddSingleton<Alerts.StoryReports>();
    }

    private static void AddWebhooks(IServiceCollection services)
    {
        services.AddSingleton(sp => new OutboundGuard(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateNetworks));
        // The sender applies its own timeout; the client's default 100 s must not cut it short.
        services.AddHttpClient(WebhookSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                // A proxy would make the guard check the proxy's address instead of the receiver's.
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<OutboundGuard>().ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            // The client's default loggers write each request's whole URL, and a chat webhook's
            // URL is its secret; DeliveryCycle logs failures with the URL masked instead.
            .RemoveAllLoggers();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<Subscriptions>();
    }
}
