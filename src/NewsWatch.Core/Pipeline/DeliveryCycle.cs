using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Alerts;
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
        // An alert is owed to every subscription that matches it: read it once per cycle, not once per delivery.
        var alertsRead = new ConcurrentDictionary<AlertKey, Lazy<Task<Alert?>>>();
        await Parallel.ForEachAsync(enabled, cancellationToken, async (subscription, token) =>
        {
            try
            {
                foreach (var state in await DeliverDueAsync(subscription, alertsRead, token))
                    outcomes.Add(state);
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                // Storage trouble with one subscription's deliveries must not hold up the others.
                LogSubscriptionCrashed(ex, subscription.Id);
            }
        });

        var summary = new DeliverySummary(
            outcomes.Count,
            outcomes.Count(s => s == DeliveryState.Delivered),
            outcomes.Count(s => s == DeliveryState.Pending),
            outcomes.Count(s => s == DeliveryState.Dead));
        LogCycle(summary.Attempted, summary.Delivered, summary.Retrying, summary.Dead);
        return summary;
    }

    private async Task<IReadOnlyList<DeliveryState>> DeliverDueAsync(Subscription subscription, ConcurrentDictionary<AlertKey, Lazy<Task<Alert?>>> alertsRead, CancellationToken cancellationToken)
    {
        var due = await deliveries.ListDueAsync(subscription.Id, time.GetUtcNow(), cancellationToken, options.Value.MaxDeliveriesPerSubscriptionPerCycle);
        var outcomes = new ConcurrentBag<(DeliveryState State, SendResult? Result)>();
        var perSubscription = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrencyPerSubscription, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, perSubscription, async (delivery, token) => outcomes.Add(await DeliverAsync(subscription, delivery, alertsRead, token)));
        await RecordHealthAsync(subscription, [.. outcomes.Select(o => o.Result).OfType<SendResult>()], cancellationToken);
        return [.. outcomes.Select(o => o.State)];
    }

    /// <summary>
    /// One delivery. Whatever goes wrong with it (a storage error, an unreadable alert row)
    /// is recorded on it as a failed attempt and costs only it, never the cycle.
    /// </summary>
    private async Task<(DeliveryState, SendResult?)> DeliverAsync(Subscription subscription, Delivery delivery, ConcurrentDictionary<AlertKey, Lazy<Task<Alert?>>> alertsRead, CancellationToken cancellationToken)
    {
        try
        {
            return await AttemptAsync(subscription, delivery, alertsRead, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogDeliveryCrashed(ex, subscription.Id, delivery.MessageId);
            var failed = retries.AfterFailure(delivery, SendResult.Failed(MaskedUrl.Redact($"Unexpected error: {ex.Message}", subscription.Url)), time.GetUtcNow());
            try
            {
                await deliveries.SaveAsync(failed, cancellationToken);
            }
            catch (Exception saveError) when (!cancellationToken.IsCancellationRequested)
            {
                // Still pending as stored: the next cycle tries it again.
                LogDeliveryCrashed(saveError, subscription.Id, delivery.MessageId);
            }

            return (failed.State, null);
        }
    }

    private async Task<(DeliveryState, SendResult?)> AttemptAsync(Subscription subscription, Delivery delivery, ConcurrentDictionary<AlertKey, Lazy<Task<Alert?>>> alertsRead, CancellationToken cancellationToken)
    {
        var alert = await alertsRead.GetOrAdd(delivery.Alert, key => new Lazy<Task<Alert?>>(() => alerts.FindAsync(key, cancellationToken))).Value;
        if (alert is null)
        {
            await deliveries.SaveAsync(delivery with { State = DeliveryState.Dead, LastError = "The alert no longer exists." }, cancellationToken);
            return (DeliveryState.Dead, null);
        }

        // The message's id and timestamp are the delivery's, the same on every retry; the alert
        // is read as it is now, so a retry after a report joined carries the newer sources.
        var message = new WebhookMessage(delivery.MessageId, delivery.Type, delivery.CreatedAt, alert) { Change = delivery.Change };
        var result = await sender.SendAsync(subscription, message, cancellationToken);
        var now = time.GetUtcNow();
        var next = result.IsDelivered
            ? delivery with { State = DeliveryState.Delivered, Attempts = delivery.Attempts + 1, LastStatus = result.Status, LastError = null, DeliveredAt = now }
            : retries.AfterFailure(delivery, result, now);
        if (result.IsGone)
            next = next with { State = DeliveryState.Dead };

        await deliveries.SaveAsync(next, cancellationToken);
        if (!result.IsDelivered)
            LogAttemptFailed(subscription.Id, MaskedUrl.Of(subscription.Url), delivery.MessageId, result.Error);
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
            LogDisabled(subscription.Id, MaskedUrl.Of(after.Url), after.DisabledReason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery cycle: {Attempted} attempted, {Delivered} delivered, {Retrying} to retry, {Dead} dead")]
    private partial void LogCycle(int attempted, int delivered, int retrying, int dead);

    // The endpoint is always masked: the webhook client's own request logging is switched off
    // (it would log whole URLs), so these lines are where an operator sees which endpoint failed.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {MessageId} to subscription {Subscription} at {Endpoint} failed: {Error}")]
    private partial void LogAttemptFailed(string subscription, string endpoint, string messageId, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering to subscription {Subscription} crashed; its deliveries wait for the next cycle")]
    private partial void LogSubscriptionCrashed(Exception exception, string subscription);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery {MessageId} to subscription {Subscription} crashed")]
    private partial void LogDeliveryCrashed(Exception exception, string subscription, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {Subscription} at {Endpoint} disabled: {Reason}")]
    private partial void LogDisabled(string subscription, string endpoint, string? reason);
}
