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
    private readonly EndpointHealth health = new(options.Value);

    public async Task<DeliverySummary> RunAsync(CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentBag<DeliveryState>();
        var enabled = (await subscriptions.ListAsync(cancellationToken)).Where(s => s.IsEnabled).ToList();
        await Parallel.ForEachAsync(enabled, cancellationToken, async (subscription, token) =>
        {
            foreach (var state in await DeliverDueAsync(subscription, token))
                outcomes.Add(state);
        });

        var summary = new DeliverySummary(
            outcomes.Count,
            outcomes.Count(s => s == DeliveryState.Delivered),
            outcomes.Count(s => s == DeliveryState.Pending),
            outcomes.Count(s => s == DeliveryState.Dead));
        LogCycle(summary.Attempted, summary.Delivered, summary.Retrying, summary.Dead);
        return summary;
    }

    private async Task<IReadOnlyList<DeliveryState>> DeliverDueAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var due = await deliveries.ListDueAsync(subscription.Id, time.GetUtcNow(), cancellationToken);
        var outcomes = new ConcurrentBag<(DeliveryState State, SendResult? Result)>();
        var perSubscription = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrencyPerSubscription, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, perSubscription, async (delivery, token) => outcomes.Add(await DeliverAsync(subscription, delivery, token)));
        await RecordHealthAsync(subscription, [.. outcomes.Select(o => o.Result).OfType<SendResult>()], cancellationToken);
        return [.. outcomes.Select(o => o.State)];
    }

    private async Task<(DeliveryState, SendResult?)> DeliverAsync(Subscription subscription, Delivery delivery, CancellationToken cancellationToken)
    {
        var alert = await alerts.FindAsync(delivery.Alert, cancellationToken);
        if (alert is null)
        {
            await deliveries.SaveAsync(delivery with { State = DeliveryState.Dead, LastError = "The alert no longer exists." }, cancellationToken);
            return (DeliveryState.Dead, null);
        }

        // The message's timestamp is the delivery's creation, so every retry sends the same body.
        var message = new WebhookMessage(delivery.MessageId, delivery.Type, delivery.CreatedAt, alert);
        var result = await sender.SendAsync(subscription, message, cancellationToken);
        var now = time.GetUtcNow();
        var next = result.IsDelivered
            ? delivery with { State = DeliveryState.Delivered, Attempts = delivery.Attempts + 1, LastStatus = result.Status, LastError = null, DeliveredAt = now }
            : retries.AfterFailure(delivery, result, now);
        if (result.IsGone)
            next = next with { State = DeliveryState.Dead };

        await deliveries.SaveAsync(next, cancellationToken);
        if (!result.IsDelivered)
            LogAttemptFailed(subscription.Id, delivery.MessageId, result.Error);
        return (next.State, result);
    }

    /// <summary>
    /// One write per subscription and cycle, applied to the subscription as stored now, so a
    /// user's rotation, disabling or deletion meanwhile is never undone.
    /// </summary>
    private async Task RecordHealthAsync(Subscription subscription, IReadOnlyList<SendResult> results, CancellationToken cancellationToken)
    {
        if (results.Count == 0)
            return;
        var decisive = results.FirstOrDefault(r => r.IsGone) ?? results.FirstOrDefault(r => r.IsDelivered) ?? results[0];
        var disabled = false;
        var after = await subscriptions.UpdateAsync(
            subscription.Id,
            current =>
            {
                var changed = current.IsEnabled ? health.After(current, decisive, time.GetUtcNow()) : null;
                disabled = changed is { IsEnabled: false };
                return changed;
            },
            cancellationToken);
        if (disabled && after is not null)
            LogDisabled(subscription.Id, after.DisabledReason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery cycle: {Attempted} attempted, {Delivered} delivered, {Retrying} to retry, {Dead} dead")]
    private partial void LogCycle(int attempted, int delivered, int retrying, int dead);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {MessageId} to subscription {Subscription} failed: {Error}")]
    private partial void LogAttemptFailed(string subscription, string messageId, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {Subscription} disabled: {Reason}")]
    private partial void LogDisabled(string subscription, string? reason);
}
