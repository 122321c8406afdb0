using NewsWatch.Core.Alerts;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Pipeline;

/// <summary>Turns a new or updated alert into one delivery row per interested subscription.</summary>
public sealed class Outbox(SubscriptionStore subscriptions, DeliveryStore deliveries, TimeProvider time)
{
    public Task<int> EnqueueCreatedAsync(Alert alert, AlertKey key, CancellationToken cancellationToken) =>
        EnqueueAsync(alert, s => s.Matches(alert) ? Delivery.Created(s.SubscriptionId, alert, key, time.GetUtcNow()) : null, cancellationToken);

    /// <summary>
    /// A report joined an alert. Every subscription the story now passes is owed
    /// <c>alert.created</c>: the notice is keyed by the alert and written add-if-absent, so one
    /// that had it already gets nothing more, and one whose filter the story passes for the first
    /// time (it became a dissolution, say; or the subscription is new; or a crash lost the notice
    /// before a redo) gets it now. A subscription that had the story hears of the report only if
    /// it asked for updates, once per joining report, with what changed.
    /// </summary>
    public async Task<int> EnqueueJoinedAsync(Alert before, Alert after, AlertKey key, NewsItem joining, string change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        var created = await EnqueueAsync(after, s => s.Matches(after) ? Delivery.Created(s.SubscriptionId, after, key, time.GetUtcNow()) : null, cancellationToken);
        var updated = await EnqueueAsync(after, s => s.NotifyUpdates && s.Matches(before) ? Delivery.Updated(s.SubscriptionId, after, key, joining, time.GetUtcNow(), change) : null, cancellationToken);
        return created + updated;
    }

    private async Task<int> EnqueueAsync(Alert alert, Func<SubscriptionFilter, Delivery?> deliveryFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var enqueued = 0;
        foreach (var subscription in await subscriptions.ListFiltersAsync(cancellationToken))
        {
            if (deliveryFor(subscription) is { } delivery && await deliveries.EnqueueAsync(delivery, cancellationToken))
                enqueued++;
        }

        return enqueued;
    }
}
