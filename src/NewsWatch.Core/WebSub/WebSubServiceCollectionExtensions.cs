using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.WebSub;

internal static class WebSubServiceCollectionExtensions
{
    /// <summary>Registers WebSub: its options, the hub client (behind the same outbound guard as feeds), the subscriber and the callback.</summary>
    public static IServiceCollection AddWebSub(this IServiceCollection services)
    {
        services.AddOptions<WebSubOptions>().BindConfiguration("NewsWatch:WebSub").ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(HubSubscriber.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", provider.GetRequiredService<IOptions<FeedOptions>>().Value.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // A hub is named by a feed: it reaches only what feeds may reach.
                ConnectCallback = new Network.OutboundGuard(provider.GetRequiredService<IOptions<FeedOptions>>().Value.AllowPrivateNetworks).ConnectAsync,
                UseProxy = false,
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(15),
            });
        services.AddSingleton<HubSubscriber>();
        services.AddSingleton<HubPolling>();
        services.AddSingleton<HubCallback>();
        return services;
    }
}
