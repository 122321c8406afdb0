using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.WebSub;

/// <summary>
/// What WebSub changes in a poll cycle: after a poll that reached a feed, the feed is kept
/// subscribed at the hub it advertises, and while the hub pushes it is polled only as a slow
/// fallback (<see cref="WebSubOptions.FallbackPollInterval"/>), in case a push is lost.
/// </summary>
public sealed partial class HubPolling(HubSubscriber subscriber, HubSubscriptionStore store, IOptions<WebSubOptions> options, TimeProvider time, ILogger<HubPolling> logger)
{
    private static readonly IReadOnlyDictionary<string, HubSubscription> None = new Dictionary<string, HubSubscription>();

    /// <summary>Every feed's subscription, read once per cycle; none when WebSub is off.</summary>
    public async Task<IReadOnlyDictionary<string, HubSubscription>> LoadAsync(CancellationToken cancellationToken) =>
        options.Value.IsEnabled ? await store.ListAsync(cancellationToken) : None;

    /// <summary>The polled feed, with its next poll pushed back while its hub pushes. Hub trouble is recorded on the subscription, never on the poll.</summary>
    public async Task<WatchedFeed> AfterPollAsync(WatchedFeed polled, HubLinks advertised, HubSubscription? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(polled);
        if (!options.Value.IsEnabled)
            return polled;
        HubSubscription? subscription;
        try
        {
            subscription = await subscriber.EnsureAsync(polled, advertised, current, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHubTrouble(ex, polled.Url);
            subscription = current;
        }

        var now = time.GetUtcNow();
        var fallback = now + options.Value.FallbackPollInterval;
        return subscription?.IsPushing(now) == true && polled.NextPollAt < fallback ? polled with { NextPollAt = fallback } : polled;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Keeping {Url} subscribed at its hub failed; it is polled as usual")]
    private partial void LogHubTrouble(Exception exception, Uri url);
}
