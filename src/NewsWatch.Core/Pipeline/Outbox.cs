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

    /// <summary>Only subscriptions that asked for updates hear of a report joining an alert, once per joining report.</summary>
    public Task<int> EnqueueUpdatedAsync(Alert alert, AlertKey key, NewsItem joining, CancellationToken cancellationToken) =>
        EnqueueAsync(alert, s => s.NotifyUpdates && s.Matches(alert) ? Delivery.Updated(s, alert, key, joining, time.GetUtcNow()) : null, cancellationToken);

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
