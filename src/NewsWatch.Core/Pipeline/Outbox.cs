using NewsWatch.Core.Alerts;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Pipeline;

/// <summary>Turns a new or updated alert into one delivery row per interested subscription.</summary>
public sealed class Outbox(SubscriptionStore subscriptions, DeliveryStore deliveries, TimeProvider time)
{
    public Task<int> EnqueueCreatedAsync(Alert alert, AlertKey key, CancellationToken cancellationToken) =>
        EnqueueAsync(alert, s => s.Matches(alert) ? Delivery.Created(s, alert, key, time.GetUtcNow()) : null, cancellationToken);

    /// <summary>
    /// A report joined an alert. A subscription whose filter the story now passes for the first
    /// time (it became a dissolution, say) gets <c>alert.created</c> now; one that already had
    /// the story hears of the report only if it asked for updates, once per joining report,
    /// with what changed. The created notice is keyed by the alert, so no subscription ever gets
    /// two for one story.
    /// </summary>
    public Task<int> EnqueueJoinedAsync(Alert before, Alert after, AlertKey key, NewsItem joining, string change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        return EnqueueAsync(after, s => s.Matches(before)
            ? s.NotifyUpdates ? Delivery.Updated(s, after, key, joining, time.GetUtcNow(), change) : null
            : s.Matches(after) ? Delivery.Created(s, after, key, time.GetUtcNow()) : null, cancellationToken);
    }

    private async Task<int> EnqueueAsync(Alert alert, Func<Subscription, Delivery?> deliveryFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var enqueued = 0;
        foreach (var subscription in await subscriptions.ListAsync(cancellationToken))
        {
            if (deliveryFor(subscription) is { } delivery && await deliveries.EnqueueAsync(delivery, cancellationToken))
                enqueued++;
        }

        return enqueued;
    }
}
