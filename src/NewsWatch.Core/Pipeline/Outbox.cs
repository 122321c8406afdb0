using NewsWatch.Core.Alerts;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Pipeline;

/// <summary>Turns a new alert into one delivery row per matching subscription.</summary>
public sealed class Outbox(SubscriptionStore subscriptions, DeliveryStore deliveries, TimeProvider time)
{
    public async Task<int> EnqueueAsync(Alert alert, AlertKey key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var enqueued = 0;
        foreach (var subscription in await subscriptions.ListAsync(cancellationToken))
        {
            if (subscription.Matches(alert) && await deliveries.EnqueueAsync(Delivery.For(subscription, alert, key, now), cancellationToken))
                enqueued++;
        }

        return enqueued;
    }
}
