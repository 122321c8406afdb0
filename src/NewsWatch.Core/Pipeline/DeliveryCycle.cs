using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Pipeline;

/// <summary>Sends the due deliveries of every enabled subscription, and records each outcome.</summary>
public sealed partial class DeliveryCycle(
    SubscriptionStore subscriptions,
    DeliveryStore deliveries,
    AlertStore alerts,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<DeliveryCycle> logger)
{
    private readonly RetryPolicy retries = new(options.Value, Random.Shared.NextDouble);

    public async Task<DeliverySummary> RunAsync(CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentBag<DeliveryState>();
        var enabled = (await subscriptions.ListAsync(cancellationToken)).Where(s => s.IsEnabled).ToList();
        await Parallel.ForEachAsync(enabled, cancellationToken, async (subscription, token) =>
        {
            var due = await deliveries.ListDueAsync(subscription.Id, time.GetUtcNow(), token);
            var perSubscription = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrencyPerSubscription, CancellationToken = token };
            await Parallel.ForEachAsync(due, perSubscription, async (delivery, t) => outcomes.Add(await DeliverAsync(subscription, delivery, t)));
        });

        var summary = new DeliverySummary(
            outcomes.Count,
            outcomes.Count(s => s == DeliveryState.Delivered),
            outcomes.Count(s => s == DeliveryState.Pending),
            outcomes.Count(s => s == DeliveryState.Dead));
        LogCycle(summary.Attempted, summary.Delivered, summary.Retrying, summary.Dead);
        return summary;
    }

    private async Task<DeliveryState> DeliverAsync(Subscription subscription, Delivery delivery, CancellationToken cancellationToken)
    {
        var alert = await alerts.FindAsync(delivery.Alert, cancellationToken);
        if (alert is null)
        {
            await deliveries.SaveAsync(delivery with { State = DeliveryState.Dead, LastError = "The alert no longer exists." }, cancellationToken);
            return DeliveryState.Dead;
        }

        // The body's timestamp is the delivery's creation, so every retry sends the same bytes.
        var body = WebhookMessage.Created(alert, delivery.CreatedAt).ToJson();
        var result = await sender.SendAsync(subscription, delivery.MessageId, body, cancellationToken);
        var now = time.GetUtcNow();
        var next = result.IsDelivered
            ? delivery with { State = DeliveryState.Delivered, Attempts = delivery.Attempts + 1, LastStatus = result.Status, LastError = null, DeliveredAt = now }
            : retries.AfterFailure(delivery, result, now);
        if (result.IsGone)
            next = await DisableAsync(subscription, next, cancellationToken);

        await deliveries.SaveAsync(next, cancellationToken);
        if (!result.IsDelivered)
            LogAttemptFailed(subscription.Id, delivery.MessageId, result.Error);
        return next.State;
    }

    private async Task<Delivery> DisableAsync(Subscription subscription, Delivery delivery, CancellationToken cancellationToken)
    {
        var reason = "The receiver answered 410 Gone: it asked for no more deliveries.";
        await subscriptions.SaveAsync(subscription with { IsEnabled = false, DisabledReason = reason }, cancellationToken);
        return delivery with { State = DeliveryState.Dead, LastError = reason };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery cycle: {Attempted} attempted, {Delivered} delivered, {Retrying} to retry, {Dead} dead")]
    private partial void LogCycle(int attempted, int delivered, int retrying, int dead);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {MessageId} to subscription {Subscription} failed: {Error}")]
    private partial void LogAttemptFailed(string subscription, string messageId, string? error);
}
